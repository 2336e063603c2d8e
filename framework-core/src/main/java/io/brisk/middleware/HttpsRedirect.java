package io.brisk.middleware;

import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;
import io.brisk.Response;

/**
 * Redirects plain-HTTP requests to HTTPS ({@code 308}, method and body kept). Behind a TLS-ending
 * proxy, register {@link ProxyHeaders} before it so that the original scheme is known. Thread-safe.
 */
public final class HttpsRedirect implements Middleware {
  @Override
  public Reply handle(Request request, Chain chain) throws Exception {
    if (request.scheme().equals("https")) {
      return chain.next();
    }
    String host = request.host();
    if (!host.startsWith("[") && host.indexOf(':') >= 0) {
      host = host.substring(0, host.indexOf(':')); // the HTTP port says nothing about the HTTPS one
    }
    if (host.isEmpty()) {
      return chain.next();
    }
    return chain.respond(Response.redirect("https://" + host + request.uri(), 308));
  }
}

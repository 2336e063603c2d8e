package io.brisk.middleware;

import io.brisk.HttpException;
import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;
import java.util.List;
import java.util.Locale;

/**
 * Rejects requests whose {@code Host} is not one of the app's names (400), against DNS rebinding
 * and host-header injection: {@code app.use(TrustedHosts.of("api.example.com", "*.example.com"))}.
 * A {@code *.} prefix matches any subdomain; {@code "*"} matches everything. A request with no
 * Host or with more than one is refused too. Thread-safe.
 */
public final class TrustedHosts implements Middleware {
  private final List<String> patterns;

  private TrustedHosts(List<String> patterns) {
    this.patterns = patterns;
  }

  /** Trusts these host names (ports are ignored). */
  public static TrustedHosts of(String... hosts) {
    return new TrustedHosts(List.of(hosts).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public Reply handle(Request request, Chain chain) throws Exception {
    List<String> hosts = request.headerAll("Host");
    if (hosts.size() > 1) {
      // RFC 9112 3.2: which of two hosts would a proxy have routed by? Neither is trusted.
      throw new HttpException(400, "Invalid host header: more than one Host");
    }
    String host = hosts.isEmpty() ? "" : hosts.get(0).toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end < 0 ? host : host.substring(0, end + 1);
    } else if (host.indexOf(':') >= 0) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (!trusted(host)) {
      throw new HttpException(400, "Invalid host header");
    }
    return chain.next();
  }

  private boolean trusted(String host) {
    for (String p : patterns) {
      if (p.equals("*") || p.equals(host) || (p.startsWith("*.") && host.endsWith(p.substring(1)))) {
        return true;
      }
    }
    return false;
  }
}

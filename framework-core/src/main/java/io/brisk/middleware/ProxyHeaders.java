package io.brisk.middleware;

import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;
import io.brisk.internal.http.Exchange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Trusts what a reverse proxy says about the original request — client address, scheme, host and
 * path prefix — but only when the request comes from one of the proxy's addresses; anyone else's
 * {@code X-Forwarded-*} headers are ignored. Reads {@code Forwarded} (RFC 7239) or
 * {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host},
 * {@code X-Forwarded-Prefix}. Register it first: {@code app.use(ProxyHeaders.trust("127.0.0.1"), ...)}.
 * Thread-safe.
 */
public final class ProxyHeaders implements Middleware {
  private final Set<String> trusted;

  private ProxyHeaders(Set<String> trusted) {
    this.trusted = trusted;
  }

  /** Trusts proxies at these IP addresses ({@code "*"} trusts everyone: only behind a private network). */
  public static ProxyHeaders trust(String... addresses) {
    return new ProxyHeaders(Set.of(addresses));
  }

  @Override
  public Reply handle(Request request, Chain chain) throws Exception {
    if (request instanceof Exchange exchange && fromTrustedProxy(exchange.peerAddress())) {
      apply(exchange);
    }
    return chain.next();
  }

  private boolean fromTrustedProxy(SocketAddress peer) {
    if (trusted.contains("*")) {
      return true;
    }
    return peer instanceof InetSocketAddress inet && inet.getAddress() != null
        && trusted.contains(inet.getAddress().getHostAddress());
  }

  private static void apply(Exchange exchange) {
    Optional<String> forwarded = exchange.header("Forwarded");
    String forValue = null;
    String proto = null;
    String host = null;
    if (forwarded.isPresent()) {
      // The first element is the original client's hop.
      String first = forwarded.get().split(",", 2)[0];
      for (String pair : first.split(";")) {
        String[] kv = pair.trim().split("=", 2);
        if (kv.length == 2) {
          String value = kv[1].trim().replace("\"", "");
          switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
            case "for" -> forValue = value;
            case "proto" -> proto = value;
            case "host" -> host = value;
            default -> { }
          }
        }
      }
    } else {
      forValue = exchange.header("X-Forwarded-For").map(v -> v.split(",", 2)[0].trim()).orElse(null);
      proto = exchange.header("X-Forwarded-Proto").map(v -> v.split(",", 2)[0].trim()).orElse(null);
      host = exchange.header("X-Forwarded-Host").map(v -> v.split(",", 2)[0].trim()).orElse(null);
    }
    String prefix = exchange.header("X-Forwarded-Prefix").map(ProxyHeaders::prefix).orElse(null);
    String scheme = proto == null ? null : proto.toLowerCase(Locale.ROOT);
    if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
      scheme = null;
    }
    exchange.forwarded(address(forValue), scheme, host, prefix);
  }

  private static String prefix(String value) {
    String p = value.split(",", 2)[0].trim();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() || p.startsWith("/") ? p : "/" + p;
  }

  /** A literal IP (v4, or v6 in brackets or bare), never a name lookup; {@code null} otherwise. */
  private static InetSocketAddress address(String value) {
    if (value == null || value.isEmpty() || value.startsWith("_") || value.equalsIgnoreCase("unknown")) {
      return null;
    }
    String host = value;
    if (host.startsWith("[")) {
      host = host.substring(1, Math.max(1, host.indexOf(']')));
    } else if (host.chars().filter(c -> c == ':').count() == 1) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (!host.matches("[0-9a-fA-F:.]+")) {
      return null;
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), 0);
    } catch (UnknownHostException e) {
      return null;
    }
  }

}

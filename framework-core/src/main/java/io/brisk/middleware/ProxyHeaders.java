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

  private void apply(Exchange exchange) {
    Optional<String> forwarded = exchange.header("Forwarded");
    String forValue = null;
    String proto = null;
    String host = null;
    if (forwarded.isPresent()) {
      // One element per hop; the client's is the last one no trusted proxy added (see client()).
      String[] elements = forwarded.get().split(",");
      String[] fors = new String[elements.length];
      for (int i = 0; i < elements.length; i++) {
        fors[i] = parameter(elements[i], "for");
      }
      String chosen = elements[client(fors)];
      forValue = parameter(chosen, "for");
      proto = parameter(chosen, "proto");
      host = parameter(chosen, "host");
    } else {
      forValue = exchange.header("X-Forwarded-For").map(v -> {
        String[] hops = v.split(",");
        return hops[client(hops)].trim();
      }).orElse(null);
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

  /**
   * Which hop of a forwarding chain is the client: each proxy appends the address it received the
   * request from, so reading from the right, the first address that is not one of our trusted
   * proxies is the client; anything left of it was written by that client and may be forged. When
   * every hop is trusted, the left-most is the client.
   */
  private int client(String[] hops) {
    for (int i = hops.length - 1; i > 0; i--) {
      InetSocketAddress hop = address(hops[i] == null ? null : hops[i].trim());
      if (hop == null || !trusted.contains("*") && !trusted.contains(hop.getAddress().getHostAddress())) {
        return i;
      }
    }
    return 0;
  }

  /** One parameter ({@code for}, {@code proto}, {@code host}) of a {@code Forwarded} element. */
  private static String parameter(String element, String name) {
    for (String pair : element.split(";")) {
      String[] kv = pair.trim().split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase(name)) {
        return kv[1].trim().replace("\"", "");
      }
    }
    return null;
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

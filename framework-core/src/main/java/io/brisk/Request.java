package io.brisk;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The incoming request, for handlers that need more than their bound parameters.
 *
 * <p>Declare a parameter of this type to receive it. It is valid only while the handler runs.
 */
public interface Request {
  /** The method. */
  HttpMethod method();

  /** The decoded path, without the query string. */
  String path();

  /** The request target as sent: path and query, still percent-encoded. */
  String uri();

  /** The first value of a query parameter. */
  Optional<String> query(String name);

  /** Every value of a query parameter, empty when absent. */
  List<String> queryAll(String name);

  /** The first value of a header (names are case-insensitive). */
  Optional<String> header(String name);

  /** Every value of a header, empty when absent. */
  List<String> headerAll(String name);

  /** A cookie's value. */
  Optional<String> cookie(String name);

  /** The request id: the client's {@code X-Request-Id} when it sent a usable one, else a new one. */
  String requestId();

  /**
   * The client's address: the remote peer, or, behind a trusted proxy with
   * {@link io.brisk.middleware.ProxyHeaders}, the client the proxy names.
   */
  InetSocketAddress remoteAddress();

  /** {@code http} or {@code https}, as the client used it (proxy headers considered). */
  String scheme();

  /** The host the client addressed ({@code Host}, or the proxy's forwarded host), port included when sent. */
  String host();

  /**
   * The path prefix under which a proxy serves the app ({@code X-Forwarded-Prefix}), empty when
   * none; generated links (documentation pages) start with it.
   */
  String rootPath();

  /** A copy of the raw body bytes; empty when there is no body. */
  byte[] body();
}

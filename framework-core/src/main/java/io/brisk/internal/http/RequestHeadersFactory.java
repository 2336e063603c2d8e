package io.brisk.internal.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;

/**
 * Request header maps with a smaller bucket table than Netty's 16, and Netty's own name and value
 * validators. A request carries a handful of headers, and the table is made for every request: 8
 * buckets save 32 bytes per request, while a browser's dozen headers only lengthen each bucket's
 * chain to two or three entries, which the few lookups a request needs do not notice.
 */
final class RequestHeadersFactory implements HttpHeadersFactory {
  static final RequestHeadersFactory INSTANCE = new RequestHeadersFactory();
  private static final int BUCKETS = 8;
  private static final DefaultHttpHeadersFactory NETTY = DefaultHttpHeadersFactory.headersFactory();

  private RequestHeadersFactory() {}

  @Override
  public HttpHeaders newHeaders() {
    return new SizedHeaders();
  }

  @Override
  public HttpHeaders newEmptyHeaders() {
    return NETTY.newEmptyHeaders();
  }

  /** Netty's validating header map, with the bucket count given (its constructor is protected). */
  private static final class SizedHeaders extends DefaultHttpHeaders {
    SizedHeaders() {
      super(NETTY.getNameValidator(), NETTY.getValueValidator(), BUCKETS);
    }
  }
}

package io.brisk.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.brisk.Cookie;
import io.brisk.HttpException;
import io.brisk.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.handler.stream.ChunkedStream;
import io.netty.util.AsciiString;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a handler's result into an HTTP response: objects as JSON, text as UTF-8 text, bytes,
 * streams and files streamed, {@link Response} for explicit status, headers and cookies.
 *
 * <p>Runs on the handler's thread, so JSON encoding never occupies the event loop.
 */
public final class ResponseWriter {
  private static final AsciiString JSON = AsciiString.cached("application/json");
  private static final AsciiString TEXT = AsciiString.cached("text/plain; charset=utf-8");
  private static final AsciiString OCTETS = AsciiString.cached("application/octet-stream");
  private static final int STREAM_CHUNK = 16 * 1024;

  private final ClassValue<ObjectWriter> writers;
  private final JsonBodyWriter json = new JsonBodyWriter();
  private final ObjectMapper mapper;
  private final java.time.Duration sseKeepAlive;

  /** A writer using the app's mapper; SSE streams ping after {@code sseKeepAlive} of silence. */
  public ResponseWriter(ObjectMapper mapper, java.time.Duration sseKeepAlive) {
    this.mapper = mapper;
    this.sseKeepAlive = sseKeepAlive;
    this.writers = new ClassValue<>() {
      @Override
      protected ObjectWriter computeValue(Class<?> type) {
        return mapper.writerFor(type);
      }
    };
  }

  /**
   * Renders a result.
   *
   * @param defaultStatus the route's status
   * @param explicitStatus whether that status was declared (a {@code null} result keeps it)
   * @param produces the declared content type, or empty
   * @return a {@link FullHttpResponse} or a {@link StreamReply}
   */
  public Object render(Object result, int defaultStatus, boolean explicitStatus, String produces,
      Exchange exchange, ByteBufAllocator alloc) {
    int status = defaultStatus;
    Object body = result;
    String contentType = produces.isEmpty() ? null : produces;
    Response<?> response = null;
    if (result instanceof Response<?> r) {
      response = r;
      status = r.status();
      body = r.body();
      if (r.contentType() != null) {
        contentType = r.contentType();
      }
    } else if (result instanceof Optional<?> o) {
      body = o.orElseThrow(() -> HttpException.notFound("The requested resource does not exist"));
    } else if (result == null && !explicitStatus) {
      status = 204;
    }
    Exchange.MutableResponseHeaders extra = exchange.responseHeadersOrNull();
    if (extra != null && extra.status != 0 && response == null) {
      status = extra.status;
    }
    Object reply = body instanceof Path || body instanceof File
        ? FileReplies.file(body instanceof File f ? f.toPath() : (Path) body, HttpResponseStatus.valueOf(status),
            contentType, exchange)
        : body(body, HttpResponseStatus.valueOf(status), contentType, alloc);
    HttpHeaders headers = head(reply).headers();
    if (extra != null) {
      headers.add(extra.headers);
      for (Cookie c : extra.cookies) {
        headers.add(HttpHeaderNames.SET_COOKIE, encode(c));
      }
    }
    if (response != null) {
      for (Map.Entry<String, String> h : response.headers()) {
        headers.add(h.getKey(), h.getValue());
      }
      for (Cookie c : response.cookies()) {
        headers.add(HttpHeaderNames.SET_COOKIE, encode(c));
      }
    }
    return reply;
  }

  /** The app's JSON mapper. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** The status line and headers of a reply of any kind. */
  static HttpResponse head(Object reply) {
    if (reply instanceof StreamReply s) {
      return s.head();
    }
    if (reply instanceof PumpReply p) {
      return p.head();
    }
    return (HttpResponse) reply;
  }

  private Object stream(Object body, HttpResponseStatus status, String contentType) {
    java.util.Iterator<?> items;
    AutoCloseable resource;
    if (body instanceof java.util.stream.Stream<?> s) {
      items = s.iterator();
      resource = s;
    } else if (body instanceof java.util.concurrent.Flow.Publisher<?> p) {
      io.brisk.internal.stream.PublisherIterator it = new io.brisk.internal.stream.PublisherIterator(p);
      items = it;
      resource = it;
    } else {
      items = (java.util.Iterator<?>) body;
      resource = items instanceof AutoCloseable c ? c : () -> { };
    }
    String media = contentType != null ? contentType : io.brisk.internal.stream.StreamEncoders.JSON_LINES;
    boolean sse = media.startsWith(io.brisk.internal.stream.StreamEncoders.EVENT_STREAM);
    HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    head.headers().set(HttpHeaderNames.CONTENT_TYPE, media);
    head.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
    if (sse) {
      head.headers().set("X-Accel-Buffering", "no");
    }
    HttpUtil.setTransferEncodingChunked(head, true);
    return new PumpReply(head, new io.brisk.internal.stream.StreamPump(items, resource,
        io.brisk.internal.stream.StreamEncoders.forMediaType(media, mapper), sse ? sseKeepAlive : null));
  }

  private Object body(Object body, HttpResponseStatus status, String contentType, ByteBufAllocator alloc) {
    if (body instanceof java.util.stream.Stream<?> || body instanceof java.util.Iterator<?>
        || body instanceof java.util.concurrent.Flow.Publisher<?>) {
      return stream(body, status, contentType);
    }
    if (body == null) {
      FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
      if (status.code() != 204 && status.code() != 304) {
        r.headers().set(HttpHeaderNames.CONTENT_LENGTH, HttpHeaderValues.ZERO);
      }
      if (contentType != null) {
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
      }
      return r;
    }
    if (body instanceof CharSequence text) {
      ByteBuf buf = ByteBufUtil.writeUtf8(alloc, text);
      return full(status, buf, contentType != null ? contentType : TEXT);
    }
    if (body instanceof byte[] bytes) {
      return full(status, Unpooled.wrappedBuffer(bytes), contentType != null ? contentType : OCTETS);
    }
    if (body instanceof InputStream in) {
      HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
      head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType != null ? contentType : OCTETS);
      HttpUtil.setTransferEncodingChunked(head, true);
      return new StreamReply(head, new ChunkedStream(in, STREAM_CHUNK));
    }
    return json(body, status, contentType, alloc);
  }

  private FullHttpResponse json(Object body, HttpResponseStatus status, String contentType, ByteBufAllocator alloc) {
    ByteBuf buf = alloc.buffer();
    try {
      json.write(writers.get(body.getClass()), body, buf);
    } catch (IOException | RuntimeException e) {
      buf.release();
      throw new IllegalStateException("Cannot write " + body.getClass().getName() + " as JSON: " + e.getMessage(), e);
    }
    return full(status, buf, contentType != null ? contentType : JSON);
  }

  private static FullHttpResponse full(HttpResponseStatus status, ByteBuf buf, CharSequence contentType) {
    // No trailers: Netty would otherwise allocate an empty trailer map for every response. The
    // headers (validated as before) start with 2 buckets, not 16: a response has about five.
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, buf,
        io.netty.handler.codec.http.DefaultHttpHeadersFactory.headersFactory().newEmptyHeaders(),
        io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE);
    r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    r.headers().set(HttpHeaderNames.CONTENT_LENGTH, ContentLengths.of(buf.readableBytes()));
    return r;
  }

  private static String encode(Cookie c) {
    DefaultCookie n = new DefaultCookie(c.name(), c.value());
    n.setPath(c.path());
    n.setDomain(c.domain());
    if (c.maxAge() != null) {
      n.setMaxAge(c.maxAge().toSeconds());
    }
    n.setSecure(c.secure());
    n.setHttpOnly(c.httpOnly());
    if (c.sameSite() != null) {
      n.setSameSite(io.netty.handler.codec.http.cookie.CookieHeaderNames.SameSite.valueOf(c.sameSite()));
    }
    return ServerCookieEncoder.STRICT.encode(n);
  }
}

package io.brisk.bench.rawnetty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.brisk.bench.Item;
import io.brisk.bench.ItemRef;
import io.brisk.bench.Message;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AsciiString;
import io.netty.util.CharsetUtil;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Date;

/**
 * One connection of the raw baseline: routes by hand, collects a POST body, parses and validates
 * it by hand, writes JSON with Jackson into a pooled buffer. Everything runs on the event loop.
 */
final class RawHandler extends ChannelInboundHandlerAdapter {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final byte[] HELLO = "Hello, World!".getBytes(CharsetUtil.US_ASCII);
  private static final ByteBuf PLAINTEXT = Unpooled.unreleasableBuffer(
      Unpooled.directBuffer(HELLO.length).writeBytes(HELLO)).asReadOnly();
  private static final AsciiString PLAINTEXT_LENGTH = AsciiString.cached(String.valueOf(HELLO.length));
  private static final AsciiString TEXT_PLAIN = AsciiString.cached("text/plain; charset=utf-8");
  private static final AsciiString APPLICATION_JSON = AsciiString.cached("application/json");
  private static final Message HELLO_MESSAGE = new Message("Hello, World!");
  private static final int MAX_BODY = 1 << 20;

  private static volatile AsciiString date = formatDate();

  private boolean keepAlive;
  private CompositeByteBuf body;

  static void refreshDate() {
    date = formatDate();
  }

  private static AsciiString formatDate() {
    return AsciiString.cached(DateFormatter.format(new Date()));
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof HttpRequest request) {
        onRequest(ctx, request);
      }
      if (msg instanceof HttpContent content && body != null) {
        onContent(ctx, content);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void onRequest(ChannelHandlerContext ctx, HttpRequest request) {
    keepAlive = HttpUtil.isKeepAlive(request);
    if (request.decoderResult().isFailure()) {
      keepAlive = false;
      write(ctx, HttpResponseStatus.BAD_REQUEST, TEXT_PLAIN, Unpooled.EMPTY_BUFFER);
      return;
    }
    String uri = request.uri();
    HttpMethod method = request.method();
    if (method == HttpMethod.GET) {
      switch (uri) {
        case "/plaintext" -> {
          write(ctx, HttpResponseStatus.OK, TEXT_PLAIN, PLAINTEXT.duplicate());
          return;
        }
        case "/json" -> {
          writeJson(ctx, HttpResponseStatus.OK, HELLO_MESSAGE);
          return;
        }
        default -> {
          if (uri.startsWith("/items/")) {
            getItem(ctx, uri);
            return;
          }
        }
      }
    } else if (method == HttpMethod.POST && (uri.equals("/items") || uri.startsWith("/items?"))) {
      body = ctx.alloc().compositeBuffer(16);
      return;
    }
    write(ctx, HttpResponseStatus.NOT_FOUND, TEXT_PLAIN, Unpooled.EMPTY_BUFFER);
  }

  /** {@code /items/{id}?q=}: the id parsed digit by digit (no exception), {@code q} decoded. */
  private void getItem(ChannelHandlerContext ctx, String uri) {
    int query = uri.indexOf('?');
    int end = query < 0 ? uri.length() : query;
    long id = 0;
    int start = 7;
    boolean negative = end > start && uri.charAt(start) == '-';
    int i = negative ? start + 1 : start;
    boolean valid = i < end && end - i <= 10;
    for (; valid && i < end; i++) {
      char c = uri.charAt(i);
      valid = c >= '0' && c <= '9';
      id = id * 10 + (c - '0');
    }
    id = negative ? -id : id;
    if (!valid || id > Integer.MAX_VALUE || id < Integer.MIN_VALUE) {
      writeJson(ctx, HttpResponseStatus.UNPROCESSABLE_ENTITY, new Message("path parameter 'id' must be an integer"));
      return;
    }
    String q = query < 0 ? null : queryValue(uri, query + 1, "q");
    writeJson(ctx, HttpResponseStatus.OK, new ItemRef((int) id, q));
  }

  /** The first value of a query parameter, percent-decoded, or {@code null}. */
  private static String queryValue(String uri, int from, String name) {
    int i = from;
    while (i < uri.length()) {
      int amp = uri.indexOf('&', i);
      int end = amp < 0 ? uri.length() : amp;
      int eq = uri.indexOf('=', i);
      int keyEnd = eq < 0 || eq > end ? end : eq;
      if (keyEnd - i == name.length() && uri.regionMatches(i, name, 0, name.length())) {
        return keyEnd == end ? "" : QueryStringDecoder.decodeComponent(uri.substring(keyEnd + 1, end));
      }
      i = end + 1;
    }
    return null;
  }

  private void onContent(ChannelHandlerContext ctx, HttpContent content) {
    ByteBuf chunk = content.content();
    if (body.readableBytes() + chunk.readableBytes() > MAX_BODY) {
      body.release();
      body = null;
      keepAlive = false;
      write(ctx, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, TEXT_PLAIN, Unpooled.EMPTY_BUFFER);
      return;
    }
    body.addComponent(true, chunk.retain());
    if (content instanceof LastHttpContent) {
      CompositeByteBuf b = body;
      body = null;
      try {
        postItem(ctx, b);
      } finally {
        b.release();
      }
    }
  }

  private void postItem(ChannelHandlerContext ctx, ByteBuf content) {
    Item item;
    try {
      item = MAPPER.readValue((InputStream) new ByteBufInputStream(content), Item.class);
    } catch (IOException e) {
      writeJson(ctx, HttpResponseStatus.UNPROCESSABLE_ENTITY, new Message("malformed JSON body"));
      return;
    }
    String error = validate(item);
    if (error != null) {
      writeJson(ctx, HttpResponseStatus.UNPROCESSABLE_ENTITY, new Message(error));
      return;
    }
    writeJson(ctx, HttpResponseStatus.CREATED, item);
  }

  /** The constraints of {@link Item}, checked by hand; the first problem, or {@code null}. */
  static String validate(Item item) {
    if (item == null) {
      return "body required";
    }
    if (item.name() == null || item.name().isEmpty() || item.name().length() > 100) {
      return "name: length must be between 1 and 100";
    }
    if (item.price() == null || !(item.price() > 0)) {
      return "price: must be greater than 0";
    }
    if (item.tags() == null) {
      return "tags: must not be null";
    }
    for (String t : item.tags()) {
      if (t == null) {
        return "tags: elements must not be null";
      }
    }
    return null;
  }

  private void writeJson(ChannelHandlerContext ctx, HttpResponseStatus status, Object value) {
    ByteBuf buf = ctx.alloc().buffer();
    try {
      MAPPER.writeValue((OutputStream) new ByteBufOutputStream(buf), value);
    } catch (IOException | RuntimeException e) {
      buf.release();
      keepAlive = false;
      write(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, TEXT_PLAIN, Unpooled.EMPTY_BUFFER);
      return;
    }
    write(ctx, status, APPLICATION_JSON, buf);
  }

  private void write(ChannelHandlerContext ctx, HttpResponseStatus status, AsciiString type, ByteBuf content) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content, false);
    HttpHeaders headers = response.headers();
    headers.set(HttpHeaderNames.CONTENT_TYPE, type);
    headers.set(HttpHeaderNames.DATE, date);
    if (type == TEXT_PLAIN && content.readableBytes() == HELLO.length) {
      headers.set(HttpHeaderNames.CONTENT_LENGTH, PLAINTEXT_LENGTH);
    } else {
      headers.setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
    }
    if (keepAlive) {
      ctx.write(response, ctx.voidPromise());
    } else {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    ctx.flush();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (body != null) {
      body.release();
      body = null;
    }
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}

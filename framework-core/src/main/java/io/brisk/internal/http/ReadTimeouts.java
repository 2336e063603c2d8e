package io.brisk.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The request read timeouts of one HTTP/1 connection: a request's line and headers must arrive
 * within the header timeout from their first byte, its body within the body timeout from the end
 * of the headers. The idle timeout alone cannot do this: a client that sends a byte a second is
 * never idle. A late request is passed on as failed (408, then the connection closes), so that it
 * is answered in order like every other error; later bytes are dropped unread.
 *
 * <p>Two handlers share this state: {@link #bytes()} sits before the HTTP codec and sees the first
 * byte of each request; {@link #messages()} sits after it and sees where the head and the body end.
 * At most one timer is pending per connection, and it is re-armed only when it fires: a request
 * that arrives in time costs a clock read, not a scheduled task. Both step aside when the
 * connection switches to HTTP/2 (by prior knowledge, or by an h2c upgrade, whose event the HTTP/2
 * codec consumes: then the removed HTTP/1 codec tells). Used only on the connection's event loop.
 */
final class ReadTimeouts {
  private enum Phase { BETWEEN, HEAD, BODY }

  private final long headerNanos;
  private final long bodyNanos;
  private final Bytes bytes = new Bytes();
  private final Messages messages = new Messages();
  private Phase phase = Phase.BETWEEN;
  /** When the current phase times out; 0 when it has no timeout. */
  private long deadline;
  private ScheduledFuture<?> timer;
  private long timerAt;
  private boolean timedOut;
  private ChannelHandlerContext after;
  /** The HTTP/1 codec: once it is gone (the connection now speaks HTTP/2), so are these timeouts. */
  private ChannelHandlerContext codec;

  ReadTimeouts(Duration header, Duration body) {
    this.headerNanos = header.toNanos();
    this.bodyNanos = body.toNanos();
  }

  /** The handler to place before the HTTP codec. */
  ChannelHandler bytes() {
    return bytes;
  }

  /** The handler to place right after the HTTP codec (or the h2c upgrade handler). */
  ChannelHandler messages() {
    return messages;
  }

  private void enter(Phase next, long timeoutNanos) {
    phase = next;
    if (next == Phase.BETWEEN || timeoutNanos == 0) {
      deadline = 0;
      return;
    }
    long now = System.nanoTime();
    deadline = now + timeoutNanos;
    if (timer == null || timerAt - deadline > 0) {
      if (timer != null) {
        timer.cancel(false);
      }
      schedule(now, deadline);
    }
  }

  private void schedule(long now, long at) {
    timerAt = at;
    timer = after.executor().schedule(this::check, at - now, TimeUnit.NANOSECONDS);
  }

  private void check() {
    timer = null;
    if (timedOut || deadline == 0 || !after.channel().isActive()) {
      return;
    }
    if (codec == null || codec.isRemoved()) {
      stop(after); // upgraded to HTTP/2 while a head was being read (the h2c upgrade request)
      return;
    }
    long now = System.nanoTime();
    if (now - deadline < 0) {
      schedule(now, deadline);
      return;
    }
    timedOut = true;
    if (phase == Phase.HEAD) {
      DefaultFullHttpRequest late = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/",
          Unpooled.EMPTY_BUFFER);
      late.setDecoderResult(DecoderResult.failure(new RejectedRequestException(408,
          "The request headers did not arrive within " + Duration.ofNanos(headerNanos).toMillis() + " ms")));
      phase = Phase.BETWEEN;
      after.fireChannelRead(late);
    } else {
      DefaultLastHttpContent late = new DefaultLastHttpContent(Unpooled.EMPTY_BUFFER);
      late.setDecoderResult(DecoderResult.failure(new RejectedRequestException(408,
          "The request body did not arrive within " + Duration.ofNanos(bodyNanos).toMillis() + " ms")));
      phase = Phase.BETWEEN;
      after.fireChannelRead(late);
    }
    after.fireChannelReadComplete();
  }

  private void stop(ChannelHandlerContext ctx) {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    deadline = 0;
    if (ctx.pipeline().context(bytes) != null) {
      ctx.pipeline().remove(bytes);
    }
    if (ctx.pipeline().context(messages) != null) {
      ctx.pipeline().remove(messages);
    }
  }

  /** Sees the first byte of each request head; drops everything once a request timed out. */
  private final class Bytes extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (timedOut) {
        ReferenceCountUtil.release(msg);
        return;
      }
      if (phase == Phase.BETWEEN && msg instanceof ByteBuf buf && buf.isReadable()) {
        if (codec == null || codec.isRemoved()) {
          stop(ctx);
        } else {
          enter(Phase.HEAD, headerNanos);
        }
      }
      ctx.fireChannelRead(msg);
    }
  }

  /** Sees the end of each request's head and body. */
  private final class Messages extends ChannelInboundHandlerAdapter {
    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      after = ctx;
      codec = ctx.pipeline().context(io.netty.handler.codec.http.HttpServerCodec.class);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof HttpRequest request) {
        boolean hasBody = !(msg instanceof FullHttpMessage) && request.decoderResult().isSuccess()
            && (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING));
        enter(hasBody ? Phase.BODY : Phase.BETWEEN, bodyNanos);
      } else if (msg instanceof LastHttpContent) {
        enter(Phase.BETWEEN, 0);
      }
      ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt instanceof HttpServerUpgradeHandler.UpgradeEvent
          || evt instanceof CleartextHttp2ServerUpgradeHandler.PriorKnowledgeUpgradeEvent) {
        stop(ctx); // HTTP/2 from here on: these timeouts are about HTTP/1 messages
      }
      ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (timer != null) {
        timer.cancel(false);
        timer = null;
      }
      ctx.fireChannelInactive();
    }
  }
}

package io.brisk.internal.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The life of an HTTP/2 connection as a whole: it is idle when no stream is open and nothing has
 * been read for the idle timeout, and a stop closes it with a GOAWAY that lets its open streams
 * finish. Its requests are each handled on their own stream; the connection itself carries none.
 *
 * <p>Without this, an upgraded (h2c) connection kept its HTTP/1 handlers, whose idle timer saw no
 * HTTP/1 request in flight and closed the connection under a stream still being answered; and an
 * HTTP/2 connection over TLS had no idle timeout at all.
 */
final class Http2Connections {
  /** The HTTP/1 handlers of a cleartext connection that has become an HTTP/2 one. */
  private static final List<String> HTTP1_HANDLERS = List.of("drain", "read-progress", "header-count", "gzip",
      "idle", "multipart", "aggregator", "chunked", "brisk");

  private Http2Connections() {}

  /**
   * Completes the pipeline of a connection whose HTTP/2 frame codec is in place: an idle timer that
   * counts every byte read (before the codec), and the handler that acts on it and on a stop.
   */
  static void configure(ChannelPipeline p, Duration idleTimeout) {
    String codec = p.context(Http2FrameCodec.class).name();
    p.addBefore(codec, "h2-idle", new IdleStateHandler(idleTimeout.toMillis(), 0, 0, TimeUnit.MILLISECONDS));
    p.addLast("h2-connection", new Lifecycle());
  }

  /**
   * The last handler of a cleartext connection that may become HTTP/2 (by an h2c upgrade or by
   * prior knowledge): once it has, the HTTP/1 handlers go and the connection is configured as above.
   * Last, so that every HTTP/1 handler has seen the event first (the read timers stop on it).
   */
  static final class Switch extends ChannelInboundHandlerAdapter {
    private final Duration idleTimeout;

    Switch(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      boolean http2 = evt instanceof HttpServerUpgradeHandler.UpgradeEvent
          || evt instanceof CleartextHttp2ServerUpgradeHandler.PriorKnowledgeUpgradeEvent;
      ctx.fireUserEventTriggered(evt);
      if (http2) {
        ChannelPipeline p = ctx.pipeline();
        for (String name : HTTP1_HANDLERS) {
          if (p.get(name) != null) {
            p.remove(name);
          }
        }
        p.remove(this);
        configure(p, idleTimeout);
      }
    }
  }

  /** Closes the connection when it is idle with no stream open, or when the server stops. */
  private static final class Lifecycle extends ChannelInboundHandlerAdapter {
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt == ServerContext.DRAIN) {
        // The codec's close sends GOAWAY and waits for the open streams to end.
        ctx.close();
        return;
      }
      if (evt instanceof IdleStateEvent) {
        Http2FrameCodec codec = ctx.pipeline().get(Http2FrameCodec.class);
        if (codec == null || codec.connection().numActiveStreams() == 0) {
          ctx.close();
        }
        return; // a stream is being answered: not idle, whatever the socket says
      }
      ctx.fireUserEventTriggered(evt);
    }
  }
}

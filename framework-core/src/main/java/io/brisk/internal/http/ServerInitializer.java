package io.brisk.internal.http;

import io.brisk.ServerOptions;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.local.LocalChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AsciiString;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of every connection, socket or in-process alike.
 *
 * <p>HTTP/1.1: read timer → codec (line and header limits, RFC 9112 framing) → read progress
 * (header and body timeouts, {@link ReadTimeouts}) → header count limit → gzip (optional) → idle
 * timer → multipart decoder → body aggregator (body limit) → chunked writer → {@link RequestHandler}. With HTTP/2 on, a
 * cleartext connection may start HTTP/2 by prior knowledge or upgrade with {@code h2c}; over TLS,
 * ALPN picks {@code h2} or {@code http/1.1}. Each HTTP/2 stream becomes a child channel whose
 * pipeline converts frames to HTTP objects and then runs the same handlers, so routing, limits and
 * errors behave alike on both protocols.
 */
public final class ServerInitializer extends ChannelInitializer<Channel> {
  private final ServerContext server;
  private final SslContext tls;
  private final HeaderCountLimit headerCount;

  /** An initializer for connections of this server; {@code tls} may be {@code null}. */
  public ServerInitializer(ServerContext server, SslContext tls) {
    this.server = server;
    this.tls = tls;
    this.headerCount = new HeaderCountLimit(server.options().maxHeaderCount());
  }

  /** An initializer for plain connections. */
  public ServerInitializer(ServerContext server) {
    this(server, null);
  }

  @Override
  protected void initChannel(Channel ch) {
    ServerOptions o = server.options();
    ChannelPipeline p = ch.pipeline();
    boolean socket = !(ch instanceof LocalChannel);
    if (socket && tls != null) {
      p.addLast("tls", tls.newHandler(ch.alloc()));
      p.addLast("alpn", new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
        @Override
        protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
          if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
            addHttp2(ctx.pipeline());
          } else {
            ReadTimeouts timeouts = timeouts(o);
            if (timeouts != null) {
              ctx.pipeline().addLast("read-timer", timeouts.bytes());
            }
            ctx.pipeline().addLast("codec", codec(o));
            addHttp1(ctx.pipeline(), true, timeouts);
          }
        }
      });
      return;
    }
    ReadTimeouts timeouts = timeouts(o);
    if (timeouts != null) {
      p.addLast("read-timer", timeouts.bytes());
    }
    HttpServerCodec codec = codec(o);
    if (socket && o.http2()) {
      HttpServerUpgradeHandler upgrade = new HttpServerUpgradeHandler(codec, protocol ->
          AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)
              ? new Http2ServerUpgradeCodec(Http2FrameCodecBuilder.forServer().build(), multiplex())
              : null, o.maxBodySize());
      p.addLast("h2c", new CleartextHttp2ServerUpgradeHandler(codec, upgrade, new ChannelInitializer<Channel>() {
        @Override
        protected void initChannel(Channel parent) {
          // Prior knowledge: the client opened with the HTTP/2 preface.
          String self = parent.pipeline().context(this).name();
          parent.pipeline().addAfter(self, "h2-frames", Http2FrameCodecBuilder.forServer().build());
          parent.pipeline().addAfter("h2-frames", "h2-multiplex", multiplex());
        }
      }));
      addHttp1(p, true, timeouts);
      p.addLast("h2-switch", new Http2Connections.Switch(o.idleTimeout()));
      return;
    }
    p.addLast("codec", codec);
    addHttp1(p, true, timeouts);
  }

  /** The read timeouts of a new HTTP/1 connection, or {@code null} when both are off. */
  private static ReadTimeouts timeouts(ServerOptions o) {
    if (o.requestHeaderTimeout().isZero() && o.requestBodyTimeout().isZero()) {
      return null;
    }
    return new ReadTimeouts(o.requestHeaderTimeout(), o.requestBodyTimeout());
  }

  private static HttpServerCodec codec(ServerOptions o) {
    return new HttpServerCodec(new HttpDecoderConfig()
        .setMaxInitialLineLength(o.maxUriLength())
        .setMaxHeaderSize(o.maxHeaderSize())
        .setMaxChunkSize(64 * 1024)
        .setValidateHeaders(true)
        // RFC 9112 framing: Content-Length beside Transfer-Encoding, or Transfer-Encoding in an
        // HTTP/1.0 request, is a 400 rather than a guess (the guess is what request smuggling
        // exploits when a proxy guesses differently).
        .setUseRfc9112TransferEncoding(true)
        // After setValidateHeaders, which resets the factory: same validators, a smaller table.
        .setHeadersFactory(RequestHeadersFactory.INSTANCE));
  }

  /**
   * Everything after the HTTP/1 codec (or, with {@code idle} false, after the frame converter of an
   * HTTP/2 stream, which has neither idle nor read timers); {@code timeouts} may be {@code null}.
   */
  private void addHttp1(ChannelPipeline p, boolean idle, ReadTimeouts timeouts) {
    ServerOptions o = server.options();
    if (idle) {
      p.addLast("drain", new DrainGuard());
    }
    if (timeouts != null) {
      p.addLast("read-progress", timeouts.messages());
    }
    p.addLast("header-count", headerCount);
    if (o.gzipMinimumSize() >= 0) {
      p.addLast("gzip", new GzipCompressor(o.gzipMinimumSize(), o.gzipLevel()));
    }
    if (idle) {
      // Reader idle only: an all-idle timer would add a listener to every write. RequestHandler
      // closes an idle connection only when no request is in flight, so long responses are not cut.
      p.addLast("idle", new IdleStateHandler(o.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
    }
    p.addLast("multipart", new io.brisk.internal.multipart.MultipartDecoder(o));
    p.addLast("aggregator", new BodyAggregator(o.maxBodySize()));
    p.addLast("chunked", new ChunkedWriteHandler());
    p.addLast("brisk", new RequestHandler(server));
  }

  private void addHttp2(ChannelPipeline p) {
    p.addLast("h2-frames", Http2FrameCodecBuilder.forServer().build());
    p.addLast("h2-multiplex", multiplex());
    Http2Connections.configure(p, server.options().idleTimeout());
  }

  private Http2MultiplexHandler multiplex() {
    return new Http2MultiplexHandler(new ChannelInitializer<Channel>() {
      @Override
      protected void initChannel(Channel stream) {
        stream.pipeline().addLast("h2-to-http", new Http2StreamFrameToHttpObjectCodec(true));
        addHttp1(stream.pipeline(), false, null);
      }
    });
  }
}

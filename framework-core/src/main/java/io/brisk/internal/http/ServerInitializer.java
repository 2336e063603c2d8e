package io.brisk.internal.http;

import io.brisk.ServerOptions;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of every connection, socket or in-process alike:
 * HTTP codec (line and header limits) → idle timer → body aggregator (body limit) → chunked
 * writer (streamed bodies) → {@link RequestHandler}.
 */
public final class ServerInitializer extends ChannelInitializer<Channel> {
  private final ServerContext server;

  /** An initializer for connections of this server. */
  public ServerInitializer(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void initChannel(Channel ch) {
    ServerOptions o = server.options();
    ChannelPipeline p = ch.pipeline();
    p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
        .setMaxInitialLineLength(o.maxUriLength())
        .setMaxHeaderSize(o.maxHeaderSize())
        .setMaxChunkSize(64 * 1024)
        .setValidateHeaders(true)));
    if (o.gzipMinimumSize() >= 0) {
      p.addLast("gzip", new GzipCompressor(o.gzipMinimumSize(), o.gzipLevel()));
    }
    // Reader idle only: an all-idle timer would add a listener to every write. RequestHandler closes
    // an idle connection only when no request is in flight, so long responses are not cut.
    p.addLast("idle", new IdleStateHandler(o.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
    p.addLast("multipart", new io.brisk.internal.multipart.MultipartDecoder(o));
    p.addLast("aggregator", new BodyAggregator(o.maxBodySize()));
    p.addLast("chunked", new ChunkedWriteHandler());
    p.addLast("brisk", new RequestHandler(server));
  }
}

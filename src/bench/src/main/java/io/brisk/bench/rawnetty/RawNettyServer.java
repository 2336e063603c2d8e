package io.brisk.bench.rawnetty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import java.util.concurrent.TimeUnit;

/**
 * The project's raw-Netty baseline: a hand-written Netty 4.2 HTTP/1.1 server on the bench app's
 * four endpoints, in the TechEmpower style (epoll, pre-encoded plaintext and header values, a
 * cached {@code Date} refreshed once a second, writes flushed once per read batch). It parses and
 * validates by hand what Brisk does through its route model: the ceiling Brisk is compared with.
 *
 * <p>{@code PORT} (default 8080) and {@code IO_THREADS} (default: one per available core).
 */
public final class RawNettyServer {
  private RawNettyServer() {}

  /** Sets up a connection's pipeline: the HTTP codec and the hand-written handler. */
  public static void configure(ChannelPipeline pipeline) {
    pipeline.addLast("codec", new HttpServerCodec(4096, 8192, 64 * 1024))
        .addLast("handler", new RawHandler());
  }

  /** Serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080").trim());
    int threads = Integer.parseInt(System.getenv().getOrDefault("IO_THREADS",
        String.valueOf(Runtime.getRuntime().availableProcessors())).trim());
    IoHandlerFactory factory;
    Class<? extends ServerChannel> channelType;
    if (Epoll.isAvailable()) {
      factory = EpollIoHandler.newFactory();
      channelType = EpollServerSocketChannel.class;
    } else {
      System.err.println("epoll unavailable, using NIO: " + Epoll.unavailabilityCause());
      factory = NioIoHandler.newFactory();
      channelType = NioServerSocketChannel.class;
    }
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, factory);
    group.scheduleAtFixedRate(RawHandler::refreshDate, 1, 1, TimeUnit.SECONDS);
    try {
      Channel server = new ServerBootstrap()
          .group(group)
          .channel(channelType)
          .option(ChannelOption.SO_BACKLOG, 8192)
          .option(ChannelOption.SO_REUSEADDR, true)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              configure(ch.pipeline());
            }
          })
          .bind(port).sync().channel();
      System.out.println("raw-netty listening on " + port + " (" + channelType.getSimpleName() + ", "
          + threads + " io threads)");
      server.closeFuture().sync();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
  }
}

package io.brisk.internal.http;

import io.brisk.ServerOptions;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A Netty server bound to a TCP port (epoll when available, else NIO) or to an in-process
 * {@link LocalAddress} for the test client; both run the same {@link ServerInitializer}.
 */
public final class NettyServer {
  private final ServerContext context;
  private final EventLoopGroup group;
  private final Class<? extends ServerChannel> channelType;
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final String transport;
  private Channel serverChannel;

  private NettyServer(ServerContext context, IoHandlerFactory factory, int threads,
      Class<? extends ServerChannel> channelType, String transport) {
    this.context = context;
    this.group = new MultiThreadIoEventLoopGroup(threads, factory);
    this.channelType = channelType;
    this.transport = transport;
  }

  /** A TCP server; epoll when preferred and available. */
  public static NettyServer tcp(ServerContext context) {
    LeakDetectionDefault.apply();
    ServerOptions o = context.options();
    // One event loop per core (Netty's own default is two): more loops than cores only adds
    // context switches, and handlers run on virtual threads anyway.
    int threads = o.ioThreads() > 0 ? o.ioThreads() : Runtime.getRuntime().availableProcessors();
    if (o.nativeTransport() && Epoll.isAvailable()) {
      return new NettyServer(context, EpollIoHandler.newFactory(), threads, EpollServerSocketChannel.class, "epoll");
    }
    return new NettyServer(context, NioIoHandler.newFactory(), threads, NioServerSocketChannel.class, "nio");
  }

  /** An in-process server reachable only through a {@link io.netty.channel.local.LocalChannel}. */
  public static NettyServer local(ServerContext context) {
    return new NettyServer(context, LocalIoHandler.newFactory(), 1, LocalServerChannel.class, "in-process");
  }

  /** Binds and returns the address bound. */
  public SocketAddress bind(SocketAddress address) throws InterruptedException {
    return bind(address, false);
  }

  /**
   * Binds and returns the address bound; with {@code holdReads} the server channel reads (accepts)
   * nothing until {@link #startReading()}: connections wait in the listen backlog, unanswered.
   */
  public SocketAddress bind(SocketAddress address, boolean holdReads) throws InterruptedException {
    ServerInitializer pipeline = new ServerInitializer(context, tls(context.options()));
    ServerBootstrap b = new ServerBootstrap()
        .group(group)
        .channel(channelType)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            connections.add(ch);
            ch.pipeline().addLast(pipeline);
          }
        });
    if (!(address instanceof LocalAddress)) {
      b.option(ChannelOption.SO_BACKLOG, 1024)
          .option(ChannelOption.SO_REUSEADDR, true)
          .childOption(ChannelOption.TCP_NODELAY, true);
    }
    if (holdReads) {
      b.option(ChannelOption.AUTO_READ, false);
    }
    serverChannel = b.bind(address).sync().channel();
    return serverChannel.localAddress();
  }

  private static io.netty.handler.ssl.SslContext tls(ServerOptions o) {
    if (o.tlsKeys().isEmpty()) {
      return null;
    }
    try {
      java.util.List<String> protocols = o.http2()
          ? java.util.List.of(io.netty.handler.ssl.ApplicationProtocolNames.HTTP_2,
              io.netty.handler.ssl.ApplicationProtocolNames.HTTP_1_1)
          : java.util.List.of(io.netty.handler.ssl.ApplicationProtocolNames.HTTP_1_1);
      return io.netty.handler.ssl.SslContextBuilder.forServer(o.tlsKeys().get())
          .applicationProtocolConfig(new io.netty.handler.ssl.ApplicationProtocolConfig(
              io.netty.handler.ssl.ApplicationProtocolConfig.Protocol.ALPN,
              io.netty.handler.ssl.ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
              io.netty.handler.ssl.ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, protocols))
          .build();
    } catch (javax.net.ssl.SSLException e) {
      throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Starts accepting connections on a server bound with {@code holdReads}. */
  public void startReading() {
    serverChannel.config().setAutoRead(true);
  }

  /** The bound TCP port. */
  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** The event loops, for clients that share them (the in-process test client). */
  public EventLoopGroup group() {
    return group;
  }

  /** The transport name: epoll, nio or in-process. */
  public String transport() {
    return transport;
  }

  /**
   * Stops gracefully: no new connections, in-flight requests answered (their connections then
   * close) until the deadline, then every connection closed and the event loops stopped.
   */
  public void stop(long deadlineNanos) {
    if (serverChannel != null) {
      serverChannel.close().awaitUninterruptibly();
    }
    context.startDraining();
    // A keep-alive connection with nothing in flight closes now, rather than when the last busy one
    // is done: a request sent on it later would otherwise be read, then cut by the final close.
    for (Channel ch : connections) {
      ch.pipeline().fireUserEventTriggered(ServerContext.DRAIN);
    }
    // Wait for answers to requests already accepted; polling keeps this simple and is off the hot path.
    while (context.inFlight() > 0 && System.nanoTime() < deadlineNanos) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    connections.close().awaitUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
  }
}

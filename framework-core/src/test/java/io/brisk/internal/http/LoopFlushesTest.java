package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopFlushesTest {
  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
  private final EventLoop loop = group.next();
  /** What the far ends of the connections received, in order. */
  private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
  private final LocalAddress address = new LocalAddress("loop-flushes-" + System.nanoTime());
  private Channel server;

  @BeforeEach
  void listen() {
    server = new ServerBootstrap().group(group).channel(LocalServerChannel.class)
        .childHandler(new Receiver())
        .bind(address).syncUninterruptibly().channel();
  }

  @AfterEach
  void stop() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void flushesTheWritesOfAnIterationWhenItEnds() throws Exception {
    Connection a = connect();
    Connection b = connect();

    List<Boolean> unflushedDuringTheIteration = loop.submit(() -> {
      a.context.write("a");
      LoopFlushes.flushLater(a.context);
      b.context.write("b");
      LoopFlushes.flushLater(b.context);
      return List.of(a.hasUnwritten(), b.hasUnwritten());
    }).get(10, TimeUnit.SECONDS);

    assertThat(unflushedDuringTheIteration).containsExactly(true, true);
    assertThat(List.of(poll(), poll())).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void flushesAWriteMadeByAListenerOfTheBatchsOwnFlush() throws Exception {
    Connection a = connect();

    loop.execute(() -> {
      a.context.write("first").addListener((ChannelFutureListener) done -> {
        a.context.write("second");
        LoopFlushes.flushLater(a.context);
      });
      LoopFlushes.flushLater(a.context);
    });

    assertThat(poll()).isEqualTo("first");
    assertThat(poll()).isEqualTo("second");
  }

  @Test
  void aLaterIterationGetsItsOwnFlush() throws Exception {
    Connection a = connect();
    loop.execute(() -> {
      a.context.write("one");
      LoopFlushes.flushLater(a.context);
    });
    assertThat(poll()).isEqualTo("one");

    loop.execute(() -> {
      a.context.write("two");
      LoopFlushes.flushLater(a.context);
    });

    assertThat(poll()).isEqualTo("two");
  }

  @Test
  void flushesAtOnceOffABatchingLoop() {
    Capture capture = new Capture();
    EmbeddedChannel channel = new EmbeddedChannel(capture);

    capture.context.write("now");
    LoopFlushes.flushLater(capture.context);

    assertThat((Object) channel.readOutbound()).isEqualTo("now");
    channel.finishAndReleaseAll();
  }

  private Object poll() throws InterruptedException {
    Object next = received.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("a flushed message reached the other end").isNotNull();
    return next;
  }

  private Connection connect() {
    Capture capture = new Capture();
    Channel channel = new Bootstrap().group(group).channel(LocalChannel.class).handler(capture)
        .connect(address).syncUninterruptibly().channel();
    return new Connection(channel, capture.context);
  }

  /** A client connection and the context its writes go through. */
  private record Connection(Channel channel, ChannelHandlerContext context) {
    /** A flushed message is handed to the other end at once, so this is "not flushed yet". */
    boolean hasUnwritten() {
      return channel.unsafe().outboundBuffer().totalPendingWriteBytes() > 0;
    }
  }

  /** The far end of every connection: queues what it reads. */
  @ChannelHandler.Sharable
  private final class Receiver extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      received.add(msg);
    }
  }

  /** Keeps the context it is added with. */
  private static final class Capture extends ChannelInboundHandlerAdapter {
    ChannelHandlerContext context;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      context = ctx;
    }
  }
}

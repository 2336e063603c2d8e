package io.brisk.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.internal.AppRuntime;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls an app in-process, with no socket, through the very pipeline a TCP connection uses
 * (HTTP codec, limits, routing, binding, handler threads), so that what a test sees is what a
 * client would get.
 *
 * <pre>{@code
 * try (TestClient client = TestClient.of(app)) {
 *   TestResponse r = client.get("/items/1").header("Accept", "application/json").send();
 *   assertThat(r.status()).isEqualTo(200);
 *   assertThat(r.json(Item.class).name()).isEqualTo("Hammer");
 * }
 * }</pre>
 *
 * <p>Thread-safe: each request uses its own in-process connection.
 */
public final class TestClient implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 30;

  private final Brisk app;
  private final AppRuntime runtime;

  private TestClient(Brisk app) {
    this.app = app;
    this.runtime = AppRuntime.of(app);
  }

  /** A client for an app, building its route model if needed (the app need not be started). */
  public static TestClient of(Brisk app) {
    return new TestClient(app);
  }

  /** The app under test. */
  public Brisk app() {
    return app;
  }

  /** A GET request. */
  public TestRequest get(String target) {
    return request("GET", target);
  }

  /** A POST request. */
  public TestRequest post(String target) {
    return request("POST", target);
  }

  /** A PUT request. */
  public TestRequest put(String target) {
    return request("PUT", target);
  }

  /** A PATCH request. */
  public TestRequest patch(String target) {
    return request("PATCH", target);
  }

  /** A DELETE request. */
  public TestRequest delete(String target) {
    return request("DELETE", target);
  }

  /** A HEAD request. */
  public TestRequest head(String target) {
    return request("HEAD", target);
  }

  /** An OPTIONS request. */
  public TestRequest options(String target) {
    return request("OPTIONS", target);
  }

  /** A request with any method name, for example {@code "TRACE"}. */
  public TestRequest request(String method, String target) {
    return new TestRequest(this, method, target);
  }

  ObjectMapper mapper() {
    return runtime.mapper();
  }

  TestResponse exchange(FullHttpRequest request) {
    CompletableFuture<TestResponse> result = new CompletableFuture<>();
    Channel channel;
    try {
      channel = connect(ch -> {
          ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(Integer.MAX_VALUE),
              new SimpleChannelInboundHandler<FullHttpResponse>() {
                @Override
                protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse msg) {
                  HttpHeaders headers = new DefaultHttpHeaders().add(msg.headers());
                  result.complete(new TestResponse(msg.status().code(), headers,
                      ByteBufUtil.getBytes(msg.content()), runtime.mapper()));
                  ctx.close();
                }

                @Override
                public void channelInactive(ChannelHandlerContext ctx) {
                  result.completeExceptionally(new IllegalStateException("The app closed the connection without a response"));
                }

                @Override
                public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                  result.completeExceptionally(cause);
                  ctx.close();
                }
              });
      });
    } catch (InterruptedException e) {
      request.release();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while connecting", e);
    }
    channel.writeAndFlush(request);
    try {
      return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the response", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The request failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      channel.close();
      throw new IllegalStateException("No response within " + TIMEOUT_SECONDS + " s");
    }
  }

  /**
   * Opens a WebSocket to a path (and query), in process; extra headers are name, value pairs.
   *
   * @throws IllegalStateException when the server refuses the upgrade (its status is in the message)
   */
  public TestWebSocket webSocket(String target, String... headers) {
    io.netty.handler.codec.http.HttpHeaders extra = new DefaultHttpHeaders();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      extra.add(headers[i], headers[i + 1]);
    }
    io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker handshaker =
        io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory.newHandshaker(
            java.net.URI.create("ws://testclient" + target),
            io.netty.handler.codec.http.websocketx.WebSocketVersion.V13, null, true, extra, 64 * 1024 * 1024);
    TestWebSocket.Frames frames = new TestWebSocket.Frames();
    CompletableFuture<Void> handshake = new CompletableFuture<>();
    Channel channel;
    try {
      channel = connect(ch -> {
          ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(64 * 1024 * 1024),
              new io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler(handshaker, false, false) {
                @Override
                public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
                  if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                    handshake.complete(null);
                  }
                  super.userEventTriggered(ctx, evt);
                }

                @Override
                public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                  handshake.completeExceptionally(cause);
                  ctx.close();
                }
              },
              new io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator(64 * 1024 * 1024), frames);
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while connecting", e);
    }
    try {
      handshake.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during the WebSocket handshake", e);
    } catch (ExecutionException e) {
      channel.close();
      throw new IllegalStateException("The WebSocket upgrade was refused: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      channel.close();
      throw new IllegalStateException("No WebSocket handshake within " + TIMEOUT_SECONDS + " s");
    }
    return new TestWebSocket(channel, frames.inbound, frames);
  }

  /** Opens an in-process connection whose pipeline {@code pipeline} sets up. */
  private Channel connect(java.util.function.Consumer<LocalChannel> pipeline) throws InterruptedException {
    return new Bootstrap()
        .group(runtime.localServer().group())
        .channel(LocalChannel.class)
        .handler(new ChannelInitializer<LocalChannel>() {
          @Override
          protected void initChannel(LocalChannel ch) {
            pipeline.accept(ch);
          }
        })
        .connect(runtime.localAddress()).sync().channel();
  }

  /** Stops the in-process server (the app itself is not stopped). */
  @Override
  public void close() {
    runtime.stopLocal();
  }
}

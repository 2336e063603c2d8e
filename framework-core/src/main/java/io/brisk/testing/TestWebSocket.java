package io.brisk.testing;

import io.brisk.WebSocketMessage;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket opened by a {@link TestClient}, in process. {@link #receive()} waits up to 30 s for
 * the next message and returns empty once the server closed the connection.
 */
public final class TestWebSocket implements AutoCloseable {
  private static final Object CLOSED = new Object();

  private final Channel channel;
  private final BlockingQueue<Object> inbound;
  private volatile Integer closeCode;

  TestWebSocket(Channel channel, BlockingQueue<Object> inbound, Frames frames) {
    this.channel = channel;
    this.inbound = inbound;
    frames.socket = this;
  }

  /** Sends a text message. */
  public TestWebSocket sendText(String text) {
    channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
    return this;
  }

  /** Sends a binary message. */
  public TestWebSocket sendBinary(byte[] bytes) {
    channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes))).syncUninterruptibly();
    return this;
  }

  /** The next message, or empty once the server has closed the connection. */
  public Optional<WebSocketMessage> receive() {
    Object next;
    try {
      next = inbound.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a message", e);
    }
    if (next == null) {
      throw new IllegalStateException("No WebSocket message within 30 s");
    }
    if (next == CLOSED) {
      inbound.add(CLOSED);
      return Optional.empty();
    }
    return Optional.of((WebSocketMessage) next);
  }

  /** The next message as text; fails when the connection closed instead. */
  public String receiveText() {
    return receive().orElseThrow(() -> new IllegalStateException("The WebSocket closed (code " + closeCode + ")"))
        .asText();
  }

  /** The close code the server sent, once it closed the connection. */
  public Optional<Integer> closeCode() {
    return Optional.ofNullable(closeCode);
  }

  /** Closes the connection normally (1000). */
  @Override
  public void close() {
    if (channel.isActive()) {
      channel.writeAndFlush(new CloseWebSocketFrame(1000, "")).awaitUninterruptibly();
      channel.close().awaitUninterruptibly();
    }
  }

  /** The client side's frame handler: messages to the queue. */
  static final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {
    final BlockingQueue<Object> inbound = new LinkedBlockingQueue<>();
    volatile TestWebSocket socket;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
      if (frame instanceof TextWebSocketFrame text) {
        inbound.add(new WebSocketMessage(text.text(), null));
      } else if (frame instanceof BinaryWebSocketFrame binary) {
        inbound.add(new WebSocketMessage(null, ByteBufUtil.getBytes(binary.content())));
      } else if (frame instanceof CloseWebSocketFrame close) {
        if (socket != null && close.statusCode() >= 0) {
          socket.closeCode = close.statusCode();
        }
        inbound.add(CLOSED);
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      inbound.add(CLOSED);
      ctx.fireChannelInactive();
    }
  }
}

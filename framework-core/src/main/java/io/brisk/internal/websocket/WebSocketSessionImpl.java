package io.brisk.internal.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.HttpException;
import io.brisk.WebSocketMessage;
import io.brisk.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A {@link WebSocketSession} over a Netty channel. Incoming messages queue up to a bound; above
 * it the channel stops reading (back-pressure to the client) until the handler catches up.
 */
final class WebSocketSessionImpl implements WebSocketSession {
  private static final Object CLOSED = new Object();
  private static final int HIGH_WATER = 32;

  private final Channel channel;
  private final ObjectMapper mapper;
  private final BlockingQueue<Object> inbound = new LinkedBlockingQueue<>();
  private volatile boolean closed;
  private volatile Integer closeCode;

  WebSocketSessionImpl(Channel channel, ObjectMapper mapper) {
    this.channel = channel;
    this.mapper = mapper;
  }

  /** Called on the event loop with each whole message. */
  void deliver(WebSocketMessage message) {
    inbound.add(message);
    if (inbound.size() >= HIGH_WATER) {
      channel.config().setAutoRead(false);
    }
  }

  /** Called on the event loop when the client closed or the connection ended. */
  void ended(Integer code) {
    if (code != null && closeCode == null) {
      closeCode = code;
    }
    closed = true;
    inbound.add(CLOSED);
  }

  @Override
  public Optional<WebSocketMessage> receive() {
    Object next;
    try {
      next = inbound.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (inbound.size() < HIGH_WATER / 2 && !channel.config().isAutoRead()) {
      channel.config().setAutoRead(true);
    }
    if (next == CLOSED) {
      inbound.add(CLOSED); // later calls see the end too
      return Optional.empty();
    }
    return Optional.of((WebSocketMessage) next);
  }

  @Override
  public void sendText(String text) {
    send(new TextWebSocketFrame(text));
  }

  @Override
  public void sendBinary(byte[] bytes) {
    send(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)));
  }

  @Override
  public void sendJson(Object value) {
    try {
      sendText(mapper.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  @Override
  public <T> T json(WebSocketMessage message, Class<T> type) {
    try {
      return mapper.readValue(message.asText(), type);
    } catch (IOException e) {
      throw new HttpException(400, "The message is not valid JSON for " + type.getSimpleName());
    }
  }

  private void send(WebSocketFrame frame) {
    if (!channel.isActive()) {
      frame.release();
      throw new IllegalStateException("The WebSocket is closed");
    }
    // Waiting for the write makes a slow client slow the sender down instead of piling up frames.
    channel.writeAndFlush(frame).awaitUninterruptibly();
  }

  @Override
  public void close(int code, String reason) {
    if (channel.isActive()) {
      channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
    }
    closed = true;
  }

  @Override
  public boolean isOpen() {
    return !closed && channel.isActive();
  }

  @Override
  public Optional<Integer> closeCode() {
    return Optional.ofNullable(closeCode);
  }
}

package io.brisk.internal.websocket;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.WebSocketSession;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an HTTP connection into a WebSocket one: the handshake, then a pipeline of frame codec,
 * message aggregator (size limit) and {@link WebSocketFrameHandler}; then the handler runs on a
 * virtual thread with its session.
 */
public final class WebSocketUpgrade {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketUpgrade.class);

  private WebSocketUpgrade() {}

  /** Whether a request asks for a WebSocket upgrade. */
  public static boolean isUpgrade(FullHttpRequest request) {
    return "websocket".equalsIgnoreCase(request.headers().get("Upgrade"));
  }

  /**
   * Performs the handshake (on the channel's event loop) and starts {@code handler} with the
   * session on {@code executor} once it succeeded. The request is released here.
   *
   * @param onHandshake called on the event loop once the handshake response is written
   */
  public static void upgrade(Channel channel, FullHttpRequest request, int maxMessageSize, ObjectMapper mapper,
      Executor executor, Consumer<WebSocketSession> handler, Runnable onHandshake) {
    String location = "ws://" + request.headers().get("Host", "localhost") + request.uri();
    WebSocketServerHandshaker handshaker =
        new WebSocketServerHandshakerFactory(location, null, true, maxMessageSize).newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(channel).addListener(f -> channel.close());
      request.release();
      onHandshake.run();
      return;
    }
    ChannelPipeline p = channel.pipeline();
    for (String name : new String[] {"drain", "idle", "gzip", "multipart", "aggregator", "chunked", "brisk"}) {
      if (p.get(name) != null) {
        p.remove(name);
      }
    }
    WebSocketSessionImpl session = new WebSocketSessionImpl(channel, mapper);
    p.addLast("ws-aggregator", new WebSocketFrameAggregator(maxMessageSize));
    p.addLast("ws-handler", new WebSocketFrameHandler(session));
    ChannelFuture done;
    try {
      done = handshaker.handshake(channel, request);
    } finally {
      request.release();
    }
    done.addListener(f -> {
      onHandshake.run();
      if (!f.isSuccess()) {
        channel.close();
        return;
      }
      executor.execute(() -> {
        try {
          handler.accept(session);
          session.close(1000, "");
        } catch (Throwable t) {
          LOG.error("A WebSocket handler failed; closing with 1011", t);
          session.close(1011, "Internal error");
        }
      });
    });
  }

}

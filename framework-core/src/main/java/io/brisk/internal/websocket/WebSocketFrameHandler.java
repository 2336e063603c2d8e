package io.brisk.internal.websocket;

import io.brisk.WebSocketMessage;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The last handler of an upgraded connection: whole messages to the session, pings answered,
 * the closing handshake completed, oversized messages closed with 1009.
 */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  private final WebSocketSessionImpl session;

  WebSocketFrameHandler(WebSocketSessionImpl session) {
    this.session = session;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame text) {
      session.deliver(new WebSocketMessage(text.text(), null));
    } else if (frame instanceof BinaryWebSocketFrame binary) {
      session.deliver(new WebSocketMessage(null, ByteBufUtil.getBytes(binary.content())));
    } else if (frame instanceof PingWebSocketFrame ping) {
      ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
    } else if (frame instanceof CloseWebSocketFrame close) {
      int code = close.statusCode();
      session.ended(code < 0 ? null : code);
      ctx.writeAndFlush(new CloseWebSocketFrame(code < 0 ? 1000 : code, ""))
          .addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    session.ended(null);
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof TooLongFrameException || cause.getCause() instanceof TooLongFrameException) {
      ctx.writeAndFlush(new CloseWebSocketFrame(1009, "Message too big")).addListener(ChannelFutureListener.CLOSE);
    } else {
      ctx.writeAndFlush(new CloseWebSocketFrame(1002, "Protocol error")).addListener(ChannelFutureListener.CLOSE);
    }
    session.ended(null);
  }
}

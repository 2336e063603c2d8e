package io.brisk.internal.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Keeps the stop signal ({@link ServerContext#DRAIN}) from closing an HTTP/1 connection while a
 * request is still arriving on it: that request's answer closes the connection instead. Sits right
 * after the codec, so it sees where each request begins and ends.
 *
 * <p>One instance per connection, used on its event loop only.
 */
final class DrainGuard extends ChannelInboundHandlerAdapter {
  private boolean receiving;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest) {
      receiving = true;
    }
    if (msg instanceof LastHttpContent) {
      receiving = false;
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt == ServerContext.DRAIN && receiving) {
      return; // the request being received is answered, and its answer closes the connection
    }
    ctx.fireUserEventTriggered(evt);
  }
}

package io.brisk.internal.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Marks a request with more header fields than allowed as failed, so that it is answered 431 like
 * the other decoding limits (the codec bounds the headers' bytes, not their number). Stateless:
 * one instance serves every connection.
 */
@ChannelHandler.Sharable
final class HeaderCountLimit extends ChannelInboundHandlerAdapter {
  private final int maxHeaderCount;

  HeaderCountLimit(int maxHeaderCount) {
    this.maxHeaderCount = maxHeaderCount;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()
        && request.headers().size() > maxHeaderCount) {
      request.setDecoderResult(DecoderResult.failure(
          new RejectedRequestException(431, "The request has more than " + maxHeaderCount + " header fields")));
    }
    ctx.fireChannelRead(msg);
  }
}

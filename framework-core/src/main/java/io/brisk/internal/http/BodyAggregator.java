package io.brisk.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Collects a request body up to the limit. An oversized body is not answered here (Netty's plain
 * 413) but passed on as a failed request, so that {@link RequestHandler} answers it like every
 * other error: in order, as a problem document, with the request id; then the connection closes.
 */
final class BodyAggregator extends HttpObjectAggregator {
  private final int maxBodySize;

  BodyAggregator(int maxBodySize) {
    super(maxBodySize);
    this.maxBodySize = maxBodySize;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    if (oversized instanceof HttpRequest request) {
      DefaultFullHttpRequest failed = new DefaultFullHttpRequest(
          request.protocolVersion(), request.method(), request.uri(), Unpooled.EMPTY_BUFFER);
      failed.headers().set(request.headers());
      failed.setDecoderResult(DecoderResult.failure(
          new TooLongFrameException("it is larger than " + maxBodySize + " bytes")));
      ctx.fireChannelRead(failed);
    } else {
      ctx.close();
    }
  }
}

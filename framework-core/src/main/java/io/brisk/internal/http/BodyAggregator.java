package io.brisk.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

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

  /** A request head without Content-Length or Transfer-Encoding: it has no body. */
  private HttpRequest bodyless;

  @Override
  public boolean acceptInboundMessage(Object msg) throws Exception {
    return bodyless != null || super.acceptInboundMessage(msg);
  }

  /**
   * Passes a request without a body on as one full request with an empty buffer, instead of
   * Netty's composite-buffer aggregation (about 190 bytes less per GET); everything else as usual.
   */
  @Override
  protected void decode(ChannelHandlerContext ctx, io.netty.handler.codec.http.HttpObject msg,
      java.util.List<Object> out) throws Exception {
    if (bodyless != null) {
      HttpRequest r = bodyless;
      bodyless = null;
      if (msg == io.netty.handler.codec.http.LastHttpContent.EMPTY_LAST_CONTENT) {
        out.add(new DefaultFullHttpRequest(r.protocolVersion(), r.method(), r.uri(), Unpooled.EMPTY_BUFFER,
            r.headers(), io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE));
        return;
      }
      super.decode(ctx, r, out);
    }
    if (msg instanceof HttpRequest r && !(msg instanceof io.netty.handler.codec.http.FullHttpRequest)
        && r.decoderResult().isSuccess()
        && !r.headers().contains(io.netty.handler.codec.http.HttpHeaderNames.CONTENT_LENGTH)
        && !r.headers().contains(io.netty.handler.codec.http.HttpHeaderNames.TRANSFER_ENCODING)) {
      bodyless = r;
      return;
    }
    super.decode(ctx, msg, out);
  }

  /**
   * Netty answers an expectation it cannot meet itself, with a bare 417 or 413 out of order. Let
   * those requests through instead: a body declared too large fails as oversized (a 413 problem
   * from {@link RequestHandler}), and an unknown expectation reaches {@link RequestHandler}, which
   * answers 417 as a problem; a malformed request goes on as failed (a 400 problem). Only a plain
   * {@code 100-continue} on a well-formed request is answered here.
   */
  @Override
  protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    if (start.decoderResult().isFailure() // a malformed head (its Content-Length may not even parse)
        || unsupportedExpectation(start)
        || HttpUtil.is100ContinueExpected(start) && HttpUtil.getContentLength(start, -1L) > maxContentLength) {
      return null;
    }
    return super.newContinueResponse(start, maxContentLength, pipeline);
  }

  /** An {@code Expect} header other than {@code 100-continue} on an HTTP/1.1 request (as Netty judges it). */
  static boolean unsupportedExpectation(HttpMessage message) {
    String expect = message.headers().get(HttpHeaderNames.EXPECT);
    return expect != null && message.protocolVersion().compareTo(HttpVersion.HTTP_1_1) >= 0
        && !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect);
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

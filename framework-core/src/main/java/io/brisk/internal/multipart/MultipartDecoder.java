package io.brisk.internal.multipart;

import io.brisk.ServerOptions;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.DiskAttribute;
import io.netty.handler.codec.http.multipart.DiskFileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Decodes {@code multipart/form-data} bodies as they arrive, before the body aggregator: parts
 * above the threshold go to temporary files, so an upload of any allowed size costs little heap.
 * Limits (total size, part count, part size) are checked on the fly and answered 413; a failure
 * to store is answered 507. What comes out is one {@link MultipartRequest}, or a failed request
 * that {@code RequestHandler} answers; the rest of such a body is discarded.
 *
 * <p>One instance per connection, used only on its event loop.
 */
public final class MultipartDecoder extends ChannelInboundHandlerAdapter {
  static {
    // Netty would otherwise remember every temporary file until the JVM exits.
    DiskFileUpload.deleteOnExitTemporaryFile = false;
    DiskAttribute.deleteOnExitTemporaryFile = false;
  }

  private final ServerOptions options;
  private HttpPostRequestDecoder decoder;
  private HttpRequest head;
  private long received;
  private boolean discarding;

  /** A decoder applying the server's upload options. */
  public MultipartDecoder(ServerOptions options) {
    this.options = options;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request && !(msg instanceof FullHttpRequest) && decoder == null
        && request.decoderResult().isSuccess()) {
      boolean multipart;
      try {
        multipart = HttpPostRequestDecoder.isMultipart(request);
      } catch (RuntimeException e) {
        // A multipart content type whose boundary is malformed: Netty throws instead of saying no.
        fail(ctx, request, new DecoderException("the multipart body is not valid: " + e.getMessage()));
        return;
      }
      if (multipart) {
        start(ctx, request);
        return;
      }
      if (isMultipartWithoutBoundary(request)) {
        fail(ctx, request, new io.brisk.internal.http.RejectedRequestException(400,
            "The multipart/form-data body has no boundary parameter in its Content-Type"));
        return;
      }
    }
    if (msg instanceof HttpContent content && (decoder != null || discarding)) {
      try {
        if (!discarding) {
          receive(ctx, content);
        }
      } finally {
        ReferenceCountUtil.release(content);
      }
      if (msg instanceof LastHttpContent) {
        discarding = false;
      }
      return;
    }
    ctx.fireChannelRead(msg);
  }

  private void start(ChannelHandlerContext ctx, HttpRequest request) {
    long declared = HttpUtil.getContentLength(request, -1L);
    if (declared > options.maxUploadSize()) {
      fail(ctx, request, new TooLongFrameException("the upload is larger than " + options.maxUploadSize() + " bytes"));
      return;
    }
    DefaultHttpDataFactory factory = new DefaultHttpDataFactory(options.uploadThreshold(), StandardCharsets.UTF_8);
    factory.setBaseDir(options.uploadDirectory().toString());
    factory.setDeleteOnExit(false);
    factory.setMaxLimit(options.maxPartSize());
    try {
      decoder = new HttpPostRequestDecoder(factory, request, StandardCharsets.UTF_8, options.maxParts(), 64 * 1024);
    } catch (RuntimeException e) {
      fail(ctx, request, new DecoderException("the multipart body is not valid: " + e.getMessage()));
      return;
    }
    head = request;
    received = 0;
    if (HttpUtil.is100ContinueExpected(request)) {
      ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER));
    }
  }

  private void receive(ChannelHandlerContext ctx, HttpContent content) {
    if (content.decoderResult().isFailure()) {
      // The body itself broke off (a bad chunk, a read timeout): the parts so far are no upload.
      Throwable cause = content.decoderResult().cause();
      abort(ctx, cause instanceof RuntimeException r ? r : new DecoderException(cause));
      return;
    }
    received += content.content().readableBytes();
    if (received > options.maxUploadSize()) {
      abort(ctx, new TooLongFrameException("the upload is larger than " + options.maxUploadSize() + " bytes"));
      return;
    }
    try {
      decoder.offer(content);
      InterfaceHttpData partial = decoder.currentPartialHttpData();
      if (partial instanceof io.netty.handler.codec.http.multipart.HttpData data && data.length() > options.maxPartSize()) {
        abort(ctx, new TooLongFrameException("a part is larger than " + options.maxPartSize() + " bytes"));
        return;
      }
    } catch (HttpPostRequestDecoder.TooManyFormFieldsException e) {
      abort(ctx, new TooLongFrameException("the upload has more than " + options.maxParts() + " parts"));
      return;
    } catch (RuntimeException e) {
      abort(ctx, classify(e));
      return;
    }
    if (content instanceof LastHttpContent) {
      if (decoder.currentPartialHttpData() != null) {
        abort(ctx, new io.brisk.internal.http.RejectedRequestException(400,
            "The multipart/form-data body ends inside a part, before its closing boundary"));
        return;
      }
      MultipartRequest complete;
      try {
        complete = new MultipartRequest(head, decoder);
      } catch (RuntimeException e) {
        abort(ctx, classify(e));
        return;
      }
      decoder = null;
      head = null;
      ctx.fireChannelRead(complete);
    }
  }

  /** A size overflow inside Netty, a part longer than it declared (400), a storage failure (507), or a malformed body (400). */
  private RuntimeException classify(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("Out of size")) {
        // The part's own Content-Length header is smaller than its data: the client's mistake, not
        // the server's storage.
        return new DecoderException("the multipart body is not valid: a part is longer than its Content-Length");
      }
      if (t instanceof IOException io && (io.getMessage() == null || !io.getMessage().startsWith("Size exceed"))) {
        return new StorageFullException("the upload could not be stored: " + io.getMessage(), io);
      }
      if (t instanceof IOException) {
        return new TooLongFrameException("a part is larger than " + options.maxPartSize() + " bytes");
      }
    }
    if (!Files.isDirectory(options.uploadDirectory())) {
      return new StorageFullException("the upload folder " + options.uploadDirectory() + " is not usable", e);
    }
    return new DecoderException("the multipart body is not valid: " + e.getMessage());
  }

  private void abort(ChannelHandlerContext ctx, RuntimeException cause) {
    HttpRequest request = head;
    decoder.destroy();
    decoder = null;
    head = null;
    fail(ctx, request, cause);
  }

  private void fail(ChannelHandlerContext ctx, HttpRequest request, RuntimeException cause) {
    discarding = true;
    DefaultFullHttpRequest failed = new DefaultFullHttpRequest(
        request.protocolVersion(), request.method(), request.uri(), Unpooled.EMPTY_BUFFER);
    failed.headers().set(request.headers());
    failed.setDecoderResult(DecoderResult.failure(cause));
    ctx.fireChannelRead(failed);
  }

  private static boolean isMultipartWithoutBoundary(HttpRequest request) {
    String type = request.headers().get(io.netty.handler.codec.http.HttpHeaderNames.CONTENT_TYPE);
    return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (decoder != null) {
      decoder.destroy();
      decoder = null;
    }
    ctx.fireChannelInactive();
  }

}

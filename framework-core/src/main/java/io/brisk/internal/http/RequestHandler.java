package io.brisk.internal.http;

import io.brisk.HttpException;
import io.brisk.HttpMethod;
import io.brisk.internal.model.CompiledRoute;
import io.brisk.internal.routing.MethodTable;
import io.brisk.internal.routing.RouteMatch;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a connection's pipeline: routes each aggregated request, runs it on a
 * virtual thread or inline on the event loop, and writes responses in request order (HTTP/1.1
 * pipelining) with the common headers.
 *
 * <p>One instance per connection; every field is touched only on that connection's event loop.
 */
public final class RequestHandler extends ChannelInboundHandlerAdapter {
  private static final Logger ACCESS = LoggerFactory.getLogger("io.brisk.access");
  private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
  private static final AsciiString X_REQUEST_ID = AsciiString.cached("x-request-id");

  private final ServerContext server;
  private long nextSeq;
  private long nextToWrite;
  private Map<Long, Exchange> waiting;
  private boolean reading;
  private boolean flushPending;
  private boolean closing;
  /** A request without keep-alive was read: requests pipelined after it are not processed. */
  private boolean lastRequestRead;
  private int active;
  private io.brisk.internal.stream.StreamPump pumping;

  /** A handler for one connection. */
  public RequestHandler(ServerContext server) {
    this.server = server;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (closing || lastRequestRead) {
      if (request instanceof io.brisk.internal.multipart.MultipartRequest multipart) {
        multipart.destroy();
      }
      request.release();
      return;
    }
    reading = true;
    long start = System.nanoTime();
    active++;
    server.inFlightCounter().incrementAndGet();
    CharSequence requestId = RequestIds.accept(request.headers().get(X_REQUEST_ID));
    String path = targetPath(request);
    boolean failed = request.decoderResult().isFailure();
    HttpMethod method = method(request.method().name());
    String rawPath = normalizeTarget(path);
    Exchange exchange = new Exchange(request, method == null || failed ? HttpMethod.GET : method,
        rawPath == null || failed ? path : rawPath, requestId, ctx.channel().remoteAddress());
    exchange.seq = nextSeq++;
    exchange.start = start;
    exchange.keepAlive = HttpUtil.isKeepAlive(request);
    // RFC 9112 9.6: after a request with "Connection: close", no further request is processed.
    lastRequestRead = !exchange.keepAlive;
    exchange.http10 = request.protocolVersion() == HttpVersion.HTTP_1_0;
    if (failed) {
      exchange.keepAlive = false;
      closing = true;
      exchange.reply = decodeFailure(request.decoderResult().cause(), exchange);
      request.release();
      complete(ctx, exchange, true);
      return;
    }
    route(ctx, request, exchange, method, rawPath);
  }

  private void route(ChannelHandlerContext ctx, FullHttpRequest request, Exchange exchange, HttpMethod method,
      String rawPath) {
    if (request instanceof io.brisk.internal.multipart.MultipartRequest multipart) {
      exchange.resource(multipart::destroy); // temporary files go after the response
    }
    if (BodyAggregator.unsupportedExpectation(request)) {
      // RFC 9110 10.1.1: 100-continue is the only expectation; the body has been read, so the
      // connection stays usable.
      exchange.reply = server.dispatcher().exceptions().problem(
          new HttpException(417, "The expectation '" + request.headers().get(HttpHeaderNames.EXPECT)
              + "' is not supported; the only one supported is 100-continue"), exchange);
      finishInline(ctx, request, exchange);
      return;
    }
    Dispatcher dispatcher = server.dispatcher();
    if (dispatcher.hasAppMiddleware()) {
      // App middleware wraps routing too, and may block: all of it runs on the handler's thread.
      boolean inline = server.options().defaultExecution() == io.brisk.ExecutionMode.EVENT_LOOP;
      HandlerDeadline deadline = inline ? null : arm(ctx, exchange);
      Runnable work = () -> {
        if (deadline != null) {
          deadline.workerStarted();
        }
        // A WebSocket upgrade passes through the app middleware like any request (trusted hosts,
        // proxy headers...): the terminal step binds its arguments and answers "switching".
        Object[][] upgradeArgs = new Object[1][];
        CompiledRoute[] upgradeRoute = new CompiledRoute[1];
        Object reply;
        try {
          reply = dispatcher.aroundApp(exchange, () -> {
            Object target = resolve(request, method, rawPath, exchange, ctx);
            if (target instanceof CompiledRoute route && route.route().webSocket()) {
              if (!io.brisk.internal.websocket.WebSocketUpgrade.isUpgrade(request)) {
                return upgradeRequired(exchange);
              }
              upgradeArgs[0] = dispatcher.bindArguments(route, exchange);
              upgradeRoute[0] = route;
              return switching();
            }
            return target instanceof CompiledRoute route ? dispatcher.execute(route, exchange, ctx.alloc()) : target;
          }, ctx.alloc());
        } catch (RuntimeException e) {
          request.release();
          throw e;
        } finally {
          if (deadline != null) {
            deadline.workerEnded();
          }
        }
        if (upgradeRoute[0] != null && reply instanceof FullHttpResponse r
            && r.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS)) {
          r.release();
          if (deadline != null && !deadline.claim()) {
            request.release(); // answered by the timeout meanwhile: no upgrade
            discardLate(deadline, null);
            return;
          }
          if (deadline != null) {
            deadline.disarm();
          }
          upgrade(ctx, request, upgradeRoute[0], exchange, upgradeArgs[0]);
          return;
        }
        request.release();
        deliver(ctx, exchange, reply, inline);
      };
      if (inline) {
        work.run();
      } else {
        HandlerLaunches.launch(ctx.executor(), server.handlerExecutor(), work);
      }
      return;
    }
    Object target = resolve(request, method, rawPath, exchange, ctx);
    if (target instanceof CompiledRoute route) {
      run(ctx, request, route, exchange);
    } else {
      exchange.reply = target;
      finishInline(ctx, request, exchange);
    }
  }

  /**
   * Routes a request: the matched route, or the reply that answers it without a handler
   * (404, 405 with Allow, OPTIONS, trailing-slash redirect, a malformed target).
   */
  private Object resolve(FullHttpRequest request, HttpMethod method, String rawPath, Exchange exchange,
      ChannelHandlerContext ctx) {
    Dispatcher dispatcher = server.dispatcher();
    try {
      if (hasControlCharacter(request.uri())) {
        // RFC 9112 3.2: not a valid request target (and it must never reach a Location header).
        throw HttpException.badRequest("The request target contains a control character");
      }
      if (rawPath == null) {
        if (method == HttpMethod.OPTIONS && targetPath(request).equals("*")) {
          return allow(HttpResponseStatus.NO_CONTENT, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        }
        throw HttpException.badRequest("The request target must be a path starting with '/'");
      }
      if (method == null) {
        throw new HttpException(501, "The method " + request.method().name() + " is not supported");
      }
      RouteMatch<CompiledRoute> match;
      try {
        match = dispatcher.table().match(rawPath);
      } catch (IllegalArgumentException e) {
        throw HttpException.badRequest("The path is not valid: " + e.getMessage());
      }
      if (match.redirectPath() != null) {
        String query = request.uri().indexOf('?') < 0 ? "" : request.uri().substring(request.uri().indexOf('?'));
        FullHttpResponse r = empty(HttpResponseStatus.PERMANENT_REDIRECT);
        r.headers().set(HttpHeaderNames.LOCATION, match.redirectPath() + query);
        return r;
      }
      MethodTable<CompiledRoute> endpoint = match.endpoint();
      if (endpoint == null) {
        throw HttpException.notFound("No route matches " + targetPath(request));
      }
      CompiledRoute route = endpoint.get(method);
      if (route == null && method == HttpMethod.HEAD) {
        route = endpoint.get(HttpMethod.GET);
      }
      // A HEAD answer never has a body, whether served by a GET handler or a declared @Head one.
      exchange.head = method == HttpMethod.HEAD;
      if (route == null) {
        if (method == HttpMethod.OPTIONS) {
          return allow(HttpResponseStatus.NO_CONTENT, endpoint.allow());
        }
        throw new HttpException(405, "Method " + method + " is not allowed here; allowed: " + endpoint.allow(),
            Map.of("Allow", endpoint.allow()));
      }
      exchange.pathValues(match.pathValues(), route.pathVariables());
      exchange.requiredScopes(route.route().requiredScopes());
      return route;
    } catch (HttpException e) {
      return dispatcher.exceptions().problem(e, exchange);
    } catch (RuntimeException e) {
      // A framework fault before the handler: still one answer per request, and no leaked buffer.
      return dispatcher.exceptions().handle(e, exchange, java.util.List.of(), ctx.alloc());
    }
  }

  private void run(ChannelHandlerContext ctx, FullHttpRequest request, CompiledRoute route, Exchange exchange) {
    if (route.route().webSocket()) {
      webSocket(ctx, request, route, exchange);
      return;
    }
    if (route.route().execution() == io.brisk.ExecutionMode.EVENT_LOOP) {
      Object reply;
      try {
        reply = server.dispatcher().execute(route, exchange, ctx.alloc());
      } finally {
        request.release();
      }
      // The event loop cannot be preempted: only the wait for a returned stage is timed.
      if (reply instanceof CompletableFuture<?> pending && !pending.isDone()) {
        arm(ctx, exchange);
      }
      deliver(ctx, exchange, reply, true);
      return;
    }
    HandlerDeadline deadline = arm(ctx, exchange);
    HandlerLaunches.launch(ctx.executor(), server.handlerExecutor(), () -> {
      if (deadline != null) {
        deadline.workerStarted();
      }
      Object reply;
      try {
        reply = server.dispatcher().execute(route, exchange, ctx.alloc());
      } finally {
        request.release();
        if (deadline != null) {
          deadline.workerEnded();
        }
      }
      deliver(ctx, exchange, reply, false);
    });
  }

  /**
   * A WebSocket route: binding (and so authentication) runs first and may answer over HTTP; then
   * the connection is upgraded and leaves this handler's care.
   */
  private void webSocket(ChannelHandlerContext ctx, FullHttpRequest request, CompiledRoute route,
      Exchange exchange) {
    Dispatcher dispatcher = server.dispatcher();
    if (!io.brisk.internal.websocket.WebSocketUpgrade.isUpgrade(request)) {
      exchange.reply = upgradeRequired(exchange);
      finishInline(ctx, request, exchange);
      return;
    }
    server.handlerExecutor().execute(() -> {
      Object[] args;
      try {
        args = dispatcher.bindArguments(route, exchange);
      } catch (Throwable t) {
        Object reply = dispatcher.exceptions().handle(t, exchange, route.groupHandlers(), ctx.alloc());
        request.release();
        deliver(ctx, exchange, reply, false);
        return;
      }
      upgrade(ctx, request, route, exchange, args);
    });
  }

  /** Upgrades the connection (on its event loop) and runs the handler with its session. */
  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, CompiledRoute route, Exchange exchange,
      Object[] args) {
    Dispatcher dispatcher = server.dispatcher();
    ctx.executor().execute(() -> io.brisk.internal.websocket.WebSocketUpgrade.upgrade(ctx.channel(), request,
        server.options().maxWebSocketMessageSize(), dispatcher.mapper(), server.handlerExecutor(), session -> {
          CompiledRoute.fillWebSocketSession(args, session);
          try {
            Object ignored = (Object) route.invoker().invokeExact(args);
          } catch (RuntimeException | Error e) {
            exchange.failure(e);
            throw e;
          } catch (Throwable t) {
            exchange.failure(t);
            throw new IllegalStateException(t);
          } finally {
            exchange.closeResources();
          }
        }, () -> {
          active--;
          server.inFlightCounter().decrementAndGet();
        }));
  }

  private void deliver(ChannelHandlerContext ctx, Exchange exchange, Object reply, boolean inline) {
    HandlerDeadline deadline = exchange.deadline;
    if (reply instanceof CompletableFuture<?> future) {
      future.whenComplete((r, e) -> settle(ctx, exchange, deadline, r, false));
    } else {
      settle(ctx, exchange, deadline, reply, inline);
    }
  }

  /** Queues the handler's reply for writing, unless the handler timeout has already answered. */
  private void settle(ChannelHandlerContext ctx, Exchange exchange, HandlerDeadline deadline, Object reply, boolean inline) {
    if (deadline != null) {
      if (!deadline.claim()) {
        discardLate(deadline, reply);
        return;
      }
      deadline.disarm();
    }
    if (inline) {
      exchange.reply = reply;
      complete(ctx, exchange, true);
    } else {
      onEventLoop(ctx, reply, () -> {
        exchange.reply = reply;
        complete(ctx, exchange, false);
      });
    }
  }

  /**
   * Starts the handler timeout of a request, when one is configured.
   *
   * @return the deadline, or {@code null} for none
   */
  private HandlerDeadline arm(ChannelHandlerContext ctx, Exchange exchange) {
    java.time.Duration limit = server.options().handlerTimeout();
    if (limit.isZero()) {
      return null;
    }
    HandlerDeadline deadline = new HandlerDeadline(exchange);
    exchange.deadline = deadline;
    deadline.arm(ctx.executor(), limit, () -> timedOut(ctx, exchange, deadline));
    return deadline;
  }

  /** The timer won: answer now; the handler, still running, closes its own resources later. */
  private void timedOut(ChannelHandlerContext ctx, Exchange exchange, HandlerDeadline deadline) {
    io.brisk.ServerOptions o = server.options();
    exchange.failure(new HandlerTimeoutException(o.handlerTimeout().toMillis()));
    exchange.abandoned = true;
    exchange.reply = server.dispatcher().exceptions().timeout(exchange, o.handlerTimeout(), o.handlerTimeoutStatus());
    complete(ctx, exchange, false);
  }

  /** A reply that lost to the timeout: freed unwritten, and the request's resources closed. */
  private void discardLate(HandlerDeadline deadline, Object reply) {
    ReplyDisposal.dispose(reply);
    Exchange exchange = deadline.exchange();
    if (exchange.hasResources()) {
      server.background().submit(exchange::closeResources, List.of(), exchange.requestId());
    }
  }

  /**
   * Hands a finished reply to the event loop. A handler that outlived the shutdown timeout finds
   * the loop gone: its reply can no longer be written, so it is released here rather than leaked.
   */
  private static void onEventLoop(ChannelHandlerContext ctx, Object reply, Runnable task) {
    try {
      ctx.executor().execute(task);
    } catch (RejectedExecutionException stopped) {
      ReplyDisposal.dispose(reply);
    }
  }

  private void finishInline(ChannelHandlerContext ctx, FullHttpRequest request, Exchange exchange) {
    request.release();
    complete(ctx, exchange, true);
  }

  private void complete(ChannelHandlerContext ctx, Exchange exchange, boolean fromRead) {
    if (exchange.seq != nextToWrite || pumping != null) {
      if (waiting == null) {
        waiting = new HashMap<>();
      }
      waiting.put(exchange.seq, exchange);
      return;
    }
    drain(ctx, exchange, fromRead);
  }

  /** Writes replies in request order until one is a stream, which owns the connection until it ends. */
  private void drain(ChannelHandlerContext ctx, Exchange first, boolean fromRead) {
    Exchange next = first;
    while (next != null) {
      write(ctx, next);
      nextToWrite++;
      if (pumping != null) {
        break;
      }
      next = waiting == null ? null : waiting.remove(nextToWrite);
    }
    if (fromRead && reading) {
      flushPending = true;
    } else {
      LoopFlushes.flushLater(ctx);
    }
  }

  private void write(ChannelHandlerContext ctx, Exchange exchange) {
    // A request that failed to decode closes the connection after its own answer; the answers to
    // requests pipelined before it stay keep-alive (RFC 9112 9.6: nothing may follow a "close").
    boolean keepAlive = exchange.keepAlive && !server.draining() && !(closing && exchange.seq == nextSeq - 1);
    HttpResponse head = ResponseWriter.head(exchange.reply);
    HttpHeaders headers = head.headers();
    headers.set(X_REQUEST_ID, exchange.requestIdChars());
    headers.set(HttpHeaderNames.DATE, HttpDate.now());
    if (!keepAlive) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      closing = true;
    } else if (exchange.http10) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
    ChannelFuture done;
    if (exchange.head) {
      if (exchange.reply instanceof PumpReply p) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, head.status(), Unpooled.EMPTY_BUFFER);
        r.headers().set(headers);
        r.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        done = ctx.write(r);
        p.pump().start(ctx.channel(), ctx.newPromise(), Runnable::run, true);
      } else if (exchange.reply instanceof StreamReply s) {
        closeQuietly(s);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, head.status(), Unpooled.EMPTY_BUFFER);
        r.headers().set(headers);
        r.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        done = ctx.write(r);
      } else {
        FullHttpResponse full = (FullHttpResponse) exchange.reply;
        FullHttpResponse r = full.replace(Unpooled.EMPTY_BUFFER);
        full.release();
        done = ctx.write(r);
      }
    } else if (exchange.reply instanceof StreamReply s) {
      ctx.write(s.head());
      done = ctx.write(new HttpChunkedInput(s.body()));
    } else if (exchange.reply instanceof FullHttpResponse && keepAlive && !server.options().accessLog()
        && !exchange.abandoned && !exchange.hasResources() && !exchange.hasTasks()) {
      // Nothing waits for this write (no log line, no cleanup, no close): no promise, no listener.
      ctx.write(exchange.reply, ctx.voidPromise());
      active--;
      server.inFlightCounter().decrementAndGet();
      return;
    } else if (exchange.reply instanceof PumpReply p) {
      ctx.writeAndFlush(p.head());
      ChannelPromise ended = ctx.newPromise();
      pumping = p.pump();
      ended.addListener(future -> {
        pumping = null;
        Exchange next = waiting == null ? null : waiting.remove(nextToWrite);
        if (next != null) {
          drain(ctx, next, false);
        }
      });
      p.pump().start(ctx.channel(), ended, server.handlerExecutor(), false);
      done = ended;
    } else {
      done = ctx.write(exchange.reply);
    }
    int status = head.status().code();
    // After a handler timeout, the handler still running owns the request's resources.
    boolean owned = !exchange.abandoned;
    done.addListener((ChannelFutureListener) future -> {
      if (owned) {
        List<Runnable> tasks = exchange.tasksToRun();
        if (exchange.hasResources() || !tasks.isEmpty()) {
          // Dependencies close, then background tasks run, after the response is sent; both may
          // block, so never on the event loop.
          server.background().submit(exchange::closeResources, tasks, exchange.requestId());
        }
      }
      active--;
      server.inFlightCounter().decrementAndGet();
      if (server.options().accessLog() && ACCESS.isInfoEnabled()) {
        FullHttpRequest request = exchange.nettyRequest();
        ACCESS.info("{} {} {} {}us id={}", request.method().name(), targetPath(request), status,
            (System.nanoTime() - exchange.start) / 1000, exchange.requestId());
      }
    });
    if (!keepAlive) {
      done.addListener(LingeringClose.INSTANCE);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    reading = false;
    if (flushPending) {
      flushPending = false;
      LoopFlushes.flushLater(ctx);
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (pumping != null) {
      pumping.writabilityChanged();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if ((evt instanceof IdleStateEvent || evt == ServerContext.DRAIN) && active == 0) {
      ctx.close();
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (io.netty.handler.codec.http2.Http2CodecUtil.getEmbeddedHttp2Exception(cause) != null) {
      // An HTTP/2 connection error, passed along before the codec answers it: closing here would
      // send a graceful GOAWAY (NO_ERROR) first and hide the error code the codec is about to send.
      LOG.debug("HTTP/2 connection {} failed", ctx.channel().remoteAddress(), cause);
      return;
    }
    LOG.debug("Connection {} failed; closing it", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }

  private FullHttpResponse decodeFailure(Throwable cause, Exchange exchange) {
    HttpException e;
    if (cause instanceof TooLongHttpLineException) {
      e = new HttpException(414, "The request line is longer than " + server.options().maxUriLength() + " bytes");
    } else if (cause instanceof TooLongHttpHeaderException) {
      e = new HttpException(431, "The request headers are larger than " + server.options().maxHeaderSize() + " bytes");
    } else if (cause instanceof TooLongFrameException) {
      e = new HttpException(413, "The request body is too large: " + cause.getMessage());
    } else if (cause instanceof RejectedRequestException rejected) {
      e = new HttpException(rejected.status(), rejected.getMessage());
    } else if (cause instanceof io.netty.handler.codec.http.ContentLengthNotAllowedException) {
      // RFC 9112 6.1: both framings at once is how requests are smuggled past proxies.
      e = HttpException.badRequest("The request has both Content-Length and Transfer-Encoding");
    } else if (cause instanceof io.brisk.internal.multipart.StorageFullException) {
      e = new HttpException(507, "The server cannot store the upload now: " + cause.getMessage());
    } else {
      e = HttpException.badRequest("The request is not valid HTTP/1.1: " + cause.getMessage());
    }
    return server.dispatcher().exceptions().problem(e, exchange);
  }

  /** The answer to a plain request on a WebSocket route: 426 naming the protocol to upgrade to. */
  private FullHttpResponse upgradeRequired(Exchange exchange) {
    return server.dispatcher().exceptions().problem(new HttpException(426, "This endpoint speaks WebSocket",
        Map.of("Upgrade", "websocket", "Connection", "Upgrade")), exchange);
  }

  /** The placeholder reply that app middleware see for a WebSocket upgrade about to happen. */
  private static FullHttpResponse switching() {
    return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.SWITCHING_PROTOCOLS,
        Unpooled.EMPTY_BUFFER);
  }

  private static FullHttpResponse empty(HttpResponseStatus status) {
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
    r.headers().set(HttpHeaderNames.CONTENT_LENGTH, HttpHeaderValues.ZERO);
    return r;
  }

  private static FullHttpResponse allow(HttpResponseStatus status, String allow) {
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
    r.headers().set(HttpHeaderNames.ALLOW, allow);
    return r;
  }

  private static void closeQuietly(StreamReply s) {
    try {
      s.body().close();
    } catch (Exception e) {
      LOG.debug("Closing a stream failed", e);
    }
  }

  /** The request target before its query ({@code ?...}), as sent. */
  private static String targetPath(FullHttpRequest request) {
    String uri = request.uri();
    int q = uri.indexOf('?');
    return q < 0 ? uri : uri.substring(0, q);
  }

  /** The path of a request target: origin form as is, absolute form without scheme and host. */
  private static String normalizeTarget(String target) {
    if (target.startsWith("/")) {
      return target;
    }
    int scheme = target.indexOf("://");
    if (scheme > 0) {
      int slash = target.indexOf('/', scheme + 3);
      return slash < 0 ? "/" : target.substring(slash);
    }
    return null;
  }

  private static boolean hasControlCharacter(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static HttpMethod method(String name) {
    return switch (name) {
      case "GET" -> HttpMethod.GET;
      case "POST" -> HttpMethod.POST;
      case "PUT" -> HttpMethod.PUT;
      case "PATCH" -> HttpMethod.PATCH;
      case "DELETE" -> HttpMethod.DELETE;
      case "HEAD" -> HttpMethod.HEAD;
      case "OPTIONS" -> HttpMethod.OPTIONS;
      default -> null;
    };
  }

}

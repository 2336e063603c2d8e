package io.brisk.internal.http;

import io.brisk.HttpException;
import io.brisk.Middleware;
import io.brisk.RequestValidationException;
import io.brisk.ValidationError;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.model.CompiledRoute;
import io.brisk.internal.routing.RouteTable;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs a matched route: content-type check, binding, validation, the handler, rendering; and
 * turns any failure along the way into its error response. Shared by every connection.
 */
public final class Dispatcher {
  private static final Object[] NO_ARGUMENTS = new Object[0];

  private final RouteTable<CompiledRoute> table;
  private final ResponseWriter writer;
  private final ExceptionMapper exceptions;
  private final Problems problems;
  private final Middleware[] appMiddleware;

  /** A dispatcher over a finished route table, with the app's middleware. */
  public Dispatcher(RouteTable<CompiledRoute> table, ResponseWriter writer, ExceptionMapper exceptions, Problems problems,
      Middleware[] appMiddleware) {
    this.table = table;
    this.writer = writer;
    this.exceptions = exceptions;
    this.problems = problems;
    this.appMiddleware = appMiddleware;
  }

  /** Whether the app has middleware (then routing runs inside it, on the handler's thread). */
  boolean hasAppMiddleware() {
    return appMiddleware.length > 0;
  }

  /** Runs the app middleware around {@code inner} (routing and handling); returns a reply. */
  Object aroundApp(Exchange exchange, java.util.function.Supplier<Object> inner, ByteBufAllocator alloc) {
    return MiddlewareChain.run(appMiddleware, 0, exchange, inner, writer, exceptions, List.of(), alloc);
  }

  /** The route table. */
  public RouteTable<CompiledRoute> table() {
    return table;
  }

  /** The problem builder. */
  public Problems problems() {
    return problems;
  }

  /** The exception mapper. */
  public ExceptionMapper exceptions() {
    return exceptions;
  }

  /**
   * Handles the exchange with the route; never throws.
   *
   * @return a reply ({@link io.netty.handler.codec.http.FullHttpResponse} or {@link StreamReply}),
   *     or a {@link CompletableFuture} of one when the handler returned a {@link CompletionStage}
   */
  public Object execute(CompiledRoute route, Exchange exchange, ByteBufAllocator alloc) {
    if (route.middleware().length > 0) {
      return MiddlewareChain.run(route.middleware(), 0, exchange, () -> handle(route, exchange, alloc),
          writer, exceptions, route.groupHandlers(), alloc);
    }
    return handle(route, exchange, alloc);
  }

  private Object handle(CompiledRoute route, Exchange exchange, ByteBufAllocator alloc) {
    Object result;
    try {
      result = route.invoker().invokeExact(bind(route, exchange));
    } catch (Throwable t) {
      exchange.failure(t);
      beforeResponseAfterFailure(exchange);
      return exceptions.handle(t, exchange, route.groupHandlers(), alloc);
    }
    if (!(result instanceof CompletionStage<?>) && exchange.hasResources()) {
      try {
        exchange.beforeResponse();
      } catch (Throwable t) {
        exchange.failure(t);
        return exceptions.handle(t, exchange, route.groupHandlers(), alloc);
      }
    }
    if (result instanceof CompletionStage<?> stage) {
      CompletableFuture<Object> reply = new CompletableFuture<>();
      stage.whenComplete((value, error) -> {
        if (error != null) {
          exchange.failure(error);
          beforeResponseAfterFailure(exchange);
          reply.complete(exceptions.handle(error, exchange, route.groupHandlers(), alloc));
          return;
        }
        try {
          exchange.beforeResponse();
        } catch (Throwable t) {
          exchange.failure(t);
          reply.complete(exceptions.handle(t, exchange, route.groupHandlers(), alloc));
          return;
        }
        reply.complete(render(route, value, exchange, alloc));
      });
      return reply;
    }
    return render(route, result, exchange, alloc);
  }

  /** Lets resources roll back before the error answer; their own failures are only logged. */
  private static void beforeResponseAfterFailure(Exchange exchange) {
    try {
      exchange.beforeResponse();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(Dispatcher.class).error(
          "A resource failed before the error response [request id {}]", exchange.requestId(), e);
    }
  }

  private Object render(CompiledRoute route, Object result, Exchange exchange, ByteBufAllocator alloc) {
    try {
      if (route.validator() != null) {
        route.validator().validateResponse(result);
      }
      return writer.render(result, route.route().status(), route.explicitStatus(), route.route().produces(),
          exchange, alloc);
    } catch (Throwable t) {
      exchange.failure(t);
      return exceptions.handle(t, exchange, route.groupHandlers(), alloc);
    }
  }

  /** Binds (and validates) a route's arguments, throwing what the handler call would have. */
  Object[] bindArguments(CompiledRoute route, Exchange exchange) {
    return bind(route, exchange);
  }

  /** The app's JSON mapper. */
  com.fasterxml.jackson.databind.ObjectMapper mapper() {
    return writer.mapper();
  }

  private static Object[] bind(CompiledRoute route, Exchange exchange) {
    if (route.acceptsJsonBody()) {
      checkContentType(exchange);
    }
    ArgumentBinder[] binders = route.binders();
    // An empty array cannot be changed: routes without parameters share one.
    Object[] args = binders.length == 0 ? NO_ARGUMENTS : new Object[binders.length];
    List<ValidationError> errors = null;
    for (ArgumentBinder sideEffect : route.sideEffects()) {
      if (errors == null) {
        errors = new ArrayList<>(0);
      }
      sideEffect.bind(exchange, errors);
    }
    boolean[] bound = null;
    for (int i = 0; i < binders.length; i++) {
      if (errors == null) {
        errors = new ArrayList<>(0);
      }
      Object value = binders[i].bind(exchange, errors);
      if (value == ArgumentBinder.FAILED) {
        if (bound == null) {
          bound = new boolean[binders.length];
          java.util.Arrays.fill(bound, true);
        }
        bound[i] = false;
        value = null;
      }
      args[i] = value;
    }
    if (route.validator() != null) {
      if (errors == null) {
        errors = new ArrayList<>(0);
      }
      if (bound == null) {
        bound = new boolean[binders.length];
        java.util.Arrays.fill(bound, true);
      }
      route.validator().validate(args, bound, errors);
    }
    if (errors != null && !errors.isEmpty()) {
      throw new RequestValidationException(errors);
    }
    return args;
  }

  private static void checkContentType(Exchange exchange) {
    String type = exchange.nettyRequest().headers().get(HttpHeaderNames.CONTENT_TYPE);
    if (type == null) {
      return;
    }
    int semi = type.indexOf(';');
    String media = (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    if (!media.equals("application/json") && !media.endsWith("+json")) {
      throw new HttpException(415, "This endpoint reads application/json, not " + media);
    }
  }
}

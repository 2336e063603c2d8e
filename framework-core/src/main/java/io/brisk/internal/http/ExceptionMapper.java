package io.brisk.internal.http;

import io.brisk.ExceptionHandler;
import io.brisk.HttpException;
import io.brisk.RequestValidationException;
import io.brisk.Response;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.FullHttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers exceptions: the most specific registered handler (groups before the app), else
 * {@link HttpException} as its problem, else a logged 500 that reveals nothing.
 */
public final class ExceptionMapper {
  private static final Logger LOG = LoggerFactory.getLogger("io.brisk.errors");

  private final Map<Class<? extends Throwable>, ExceptionHandler<?>> appHandlers;
  private final Problems problems;
  private final ResponseWriter writer;

  /** A mapper with the app's handlers. */
  public ExceptionMapper(
      Map<Class<? extends Throwable>, ExceptionHandler<?>> appHandlers, Problems problems, ResponseWriter writer) {
    this.appHandlers = Map.copyOf(appHandlers);
    this.problems = problems;
    this.writer = writer;
  }

  /**
   * The response for an exception thrown while handling the exchange.
   *
   * @param groupHandlers the route's group handlers, innermost first (empty when no route matched)
   * @return a {@link FullHttpResponse} or a {@link StreamReply}
   */
  public Object handle(Throwable thrown, Exchange exchange,
      List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> groupHandlers, ByteBufAllocator alloc) {
    Throwable t = unwrap(thrown);
    ExceptionHandler<Throwable> handler = find(t, groupHandlers);
    if (handler != null) {
      try {
        Response<?> response = handler.handle(t, exchange);
        if (response == null) {
          throw new IllegalStateException("exception handler for " + t.getClass().getName() + " returned null");
        }
        return writer.render(response, response.status(), true, "", exchange, alloc);
      } catch (HttpException e) {
        return problem(e, exchange);
      } catch (RuntimeException | Error e) {
        e.addSuppressed(t);
        return internalError(e, exchange);
      }
    }
    if (t instanceof HttpException e) {
      return problem(e, exchange);
    }
    return internalError(t, exchange);
  }

  /** The problem response of an {@link HttpException}. */
  public FullHttpResponse problem(HttpException e, Exchange exchange) {
    FullHttpResponse r = e instanceof RequestValidationException rve
        ? problems.invalidInput(e.detail(), exchange.rawPath(), rve.errors())
        : problems.response(e.status(), e.detail(), exchange.rawPath(), List.of());
    for (Map.Entry<String, String> h : e.headers().entrySet()) {
      r.headers().set(h.getKey(), h.getValue());
    }
    return r;
  }

  /**
   * The answer to a handler that did not reply in time: logged with the request id, and a problem
   * document quoting it.
   */
  public FullHttpResponse timeout(Exchange exchange, java.time.Duration limit, int status) {
    LOG.warn("Handler of {} {} did not answer within {} ms; answered {} [request id {}]", exchange.method(),
        exchange.rawPath(), limit.toMillis(), status, exchange.requestId());
    return problems.response(status, "The request took longer than " + limit.toMillis()
        + " ms; quote request id " + exchange.requestId() + " when reporting it.", exchange.rawPath(), List.of());
  }

  private FullHttpResponse internalError(Throwable t, Exchange exchange) {
    if (exchange.timedOut()) {
      // Usually the interrupt of the timeout itself; the client already has its answer.
      LOG.info("Handler of {} {} failed after its timeout: {} [request id {}]", exchange.method(),
          exchange.rawPath(), t.toString(), exchange.requestId());
    } else {
      LOG.error("Unhandled exception in {} {} [request id {}]", exchange.method(), exchange.rawPath(),
          exchange.requestId(), t);
    }
    return problems.response(500,
        "An unexpected error occurred; quote request id " + exchange.requestId() + " when reporting it.",
        exchange.rawPath(), List.of());
  }

  @SuppressWarnings("unchecked")
  private ExceptionHandler<Throwable> find(
      Throwable t, List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> groupHandlers) {
    for (Map<Class<? extends Throwable>, ExceptionHandler<?>> level : groupHandlers) {
      ExceptionHandler<?> h = mostSpecific(t.getClass(), level);
      if (h != null) {
        return (ExceptionHandler<Throwable>) h;
      }
    }
    return (ExceptionHandler<Throwable>) mostSpecific(t.getClass(), appHandlers);
  }

  private static ExceptionHandler<?> mostSpecific(
      Class<?> type, Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers) {
    if (handlers.isEmpty()) {
      return null;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ExceptionHandler<?> h = handlers.get(c);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}

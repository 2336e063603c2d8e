package io.brisk.internal.http;

import io.brisk.ExceptionHandler;
import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Response;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs a list of middleware around a terminal step, turning their exceptions into replies. */
final class MiddlewareChain {
  private MiddlewareChain() {}

  /**
   * Runs {@code middleware[index..]} then {@code terminal}; returns a reply (never a future:
   * a handler's future is awaited, which is fine on the handler's own thread).
   */
  static Object run(Middleware[] middleware, int index, Exchange exchange, Supplier<Object> terminal,
      ResponseWriter writer, ExceptionMapper exceptions,
      List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> groupHandlers, ByteBufAllocator alloc) {
    if (index == middleware.length) {
      Object reply = terminal.get();
      return reply instanceof CompletableFuture<?> future ? future.join() : reply;
    }
    Middleware.Chain chain = new Middleware.Chain() {
      @Override
      public Reply next() {
        return new ReplyView(run(middleware, index + 1, exchange, terminal, writer, exceptions, groupHandlers, alloc));
      }

      @Override
      public Reply respond(Response<?> response) {
        return new ReplyView(writer.render(response, response.status(), true, "", exchange, alloc));
      }
    };
    try {
      Reply reply = middleware[index].handle(exchange, chain);
      if (!(reply instanceof ReplyView view)) {
        throw new IllegalStateException(middleware[index].getClass().getName()
            + " returned a Reply it did not get from its chain");
      }
      return view.raw();
    } catch (Throwable t) {
      exchange.failure(t);
      return exceptions.handle(t, exchange, groupHandlers, alloc);
    }
  }
}

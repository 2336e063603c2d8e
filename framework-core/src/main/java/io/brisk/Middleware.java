package io.brisk;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Code that wraps request handling: it may act before ({@code chain.next()} not yet called),
 * after (on the {@link Reply} it returns), around, or answer on its own ({@code chain.respond}).
 *
 * <pre>{@code
 * app.use((request, chain) -> {
 *   long start = System.nanoTime();
 *   Reply reply = chain.next();
 *   return reply.header("Server-Timing", "app;dur=" + (System.nanoTime() - start) / 1e6);
 * });
 * }</pre>
 *
 * <p>Levels and order: app middleware ({@link Brisk#use}) wrap everything, routing included (they
 * see 404s and can answer CORS preflights); group middleware ({@link RouteGroup#use}) and route
 * middleware ({@code @UseMiddleware}) wrap the handler of the routes they apply to, outermost
 * first, in the order registered. Middleware runs on the handler's thread (a virtual thread by
 * default); on {@code @NonBlocking} routes it must not block. An exception thrown here is answered
 * like one from the handler. Implementations are shared by all requests: keep them thread-safe.
 */
@FunctionalInterface
public interface Middleware {
  /** Handles a request, usually by calling {@code chain.next()}. */
  Reply handle(Request request, Chain chain) throws Exception;

  /** The rest of the handling, from one middleware's point of view. */
  interface Chain {
    /** Runs the next middleware, or the routing and handler, and returns its reply. */
    Reply next() throws Exception;

    /** A reply built from a response, without running the rest (a short-circuit). */
    Reply respond(Response<?> response);
  }

  /** A middleware that only acts before the handler (it may throw an {@link HttpException}). */
  static Middleware before(Consumer<Request> action) {
    return (request, chain) -> {
      action.accept(request);
      return chain.next();
    };
  }

  /** A middleware that only acts on the reply (headers) after the handler. */
  static Middleware after(BiConsumer<Request, Reply> action) {
    return (request, chain) -> {
      Reply reply = chain.next();
      action.accept(request, reply);
      return reply;
    };
  }
}

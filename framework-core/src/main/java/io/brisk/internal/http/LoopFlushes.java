package io.brisk.internal.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SingleThreadEventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * Flushes the responses written during one event-loop iteration together, across connections.
 *
 * <p>Each flush that reaches an idle client wakes the client's thread (on loopback: an interrupt to
 * the client's core, paid by the server's core in {@code sock_def_readable}). Flushed one
 * connection at a time, between the reads of the next ones, nearly every response meets a sleeping
 * client. Deferred to the end of the iteration, the first response of the batch wakes the client
 * and the rest find it awake. A response waits at most for the rest of the iteration it was
 * written in, the same bound {@link HandlerLaunches} gives a handler's start.
 */
final class LoopFlushes {
  /** The connections with unflushed writes in the current iteration of this loop (loop-thread only). */
  private static final FastThreadLocal<Pending> PENDING = new FastThreadLocal<>() {
    @Override
    protected Pending initialValue() {
      return new Pending();
    }
  };

  private LoopFlushes() {}

  /**
   * Flushes {@code ctx} once its event loop's current iteration ends; called on the loop's thread.
   * Off a batching loop (an embedded channel in tests, say) it flushes at once.
   */
  static void flushLater(ChannelHandlerContext ctx) {
    EventExecutor loop = ctx.executor();
    if (!(loop instanceof SingleThreadEventLoop batching) || !loop.inEventLoop()) {
      ctx.flush();
      return;
    }
    Pending pending = PENDING.get();
    if (pending.contexts.isEmpty()) {
      try {
        batching.executeAfterEventLoopIteration(pending.flushAll);
      } catch (RejectedExecutionException stopping) {
        ctx.flush();
        return;
      }
    }
    pending.contexts.add(ctx);
  }

  /** One loop's connections to flush; only its own thread touches it. */
  private static final class Pending {
    private final List<ChannelHandlerContext> contexts = new ArrayList<>();
    private final Runnable flushAll = this::flushAll;

    private void flushAll() {
      // Index loop: a flush may complete a write whose listener writes again and lands here.
      for (int i = 0; i < contexts.size(); i++) {
        contexts.get(i).flush();
      }
      contexts.clear();
    }
  }
}

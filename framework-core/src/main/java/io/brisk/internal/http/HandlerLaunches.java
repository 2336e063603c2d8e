package io.brisk.internal.http;

import io.netty.channel.SingleThreadEventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts the virtual-thread handlers of one event-loop iteration together.
 *
 * <p>Starting a virtual thread from the event loop wakes a carrier thread. When the loop and the
 * carriers share few cores (one, in the benchmark), the woken carrier preempts the loop, runs the
 * one handler it has, spins a few microseconds looking for more work and parks again, once for
 * every few requests (measured with perf: the carrier's spin alone was about 10% of the core).
 * Here the loop collects the handlers its iteration decodes and, when the iteration ends, starts a
 * single virtual thread that starts them all: one wake-up per iteration, and the carrier finds the
 * whole batch queued. Each handler still gets its own virtual thread, so one that blocks holds up
 * no other. A handler waits for at most the rest of the iteration it was decoded in.
 */
final class HandlerLaunches {
  /** The pending handlers of the current iteration of this event loop (loop-thread only). */
  private static final FastThreadLocal<Pending> PENDING = new FastThreadLocal<>() {
    @Override
    protected Pending initialValue() {
      return new Pending();
    }
  };

  private HandlerLaunches() {}

  /**
   * Runs {@code task} on {@code executor} (one virtual thread per task) once {@code loop}'s
   * current iteration ends; called on the loop's thread. Off a batching loop it starts at once.
   */
  static void launch(EventExecutor loop, Executor executor, Runnable task) {
    if (!(loop instanceof SingleThreadEventLoop batching) || !loop.inEventLoop()) {
      executor.execute(task);
      return;
    }
    Pending pending = PENDING.get();
    if (pending.tasks.isEmpty()) {
      try {
        batching.executeAfterEventLoopIteration(pending.flusher(executor));
      } catch (RejectedExecutionException stopping) {
        executor.execute(task);
        return;
      }
    }
    pending.tasks.add(task);
  }

  /** One loop's pending handlers; only its own thread touches it. */
  private static final class Pending {
    private final List<Runnable> tasks = new ArrayList<>();
    private Executor executor;
    private final Runnable flush = this::flush;

    Runnable flusher(Executor executor) {
      this.executor = executor;
      return flush;
    }

    private void flush() {
      int n = tasks.size();
      if (n == 1) {
        Runnable only = tasks.get(0);
        tasks.clear();
        executor.execute(only);
        return;
      }
      Runnable[] batch = tasks.toArray(new Runnable[n]);
      tasks.clear();
      Executor target = executor;
      // Started from a virtual thread, the others land on its carrier's own queue: no wake-ups.
      target.execute(() -> {
        for (Runnable task : batch) {
          target.execute(task);
        }
      });
    }
  }
}

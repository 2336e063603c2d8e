package io.brisk.internal.tasks;

import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs requests' background tasks on virtual threads and lets shutdown wait for them.
 *
 * <p>Thread-safe.
 */
public final class BackgroundRunner {
  private static final Logger LOG = LoggerFactory.getLogger("io.brisk.tasks");

  private final Executor executor;
  private final Object lock = new Object();
  private int running;

  /** A runner starting work on the given executor (one virtual thread per submission). */
  public BackgroundRunner(Executor executor) {
    this.executor = executor;
  }

  /**
   * Runs a request's cleanup, then its tasks in order; a failing task is logged with the request
   * id and the next one still runs.
   */
  public void submit(Runnable cleanup, List<Runnable> tasks, String requestId) {
    synchronized (lock) {
      running++;
    }
    executor.execute(() -> {
      try {
        cleanup.run();
        for (Runnable task : tasks) {
          try {
            task.run();
          } catch (RuntimeException | Error e) {
            LOG.error("A background task failed [request id {}]", requestId, e);
          }
        }
      } finally {
        synchronized (lock) {
          running--;
          lock.notifyAll();
        }
      }
    });
  }

  /** Waits until no task runs or the deadline passes; returns how many still run. */
  public int awaitIdle(long deadlineNanos) {
    synchronized (lock) {
      while (running > 0) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return running;
    }
  }
}

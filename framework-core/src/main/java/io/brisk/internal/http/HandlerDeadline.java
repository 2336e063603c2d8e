package io.brisk.internal.http;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request's handler timeout. The handler's reply and the timer race to settle the request:
 * exactly one wins; the timer, when it wins, interrupts the handler's thread and answers, and the
 * handler's late reply is then discarded by whoever sees {@link #claim()} fail.
 *
 * <p>{@link #arm} runs on the connection's event loop before the handler starts; the rest on any thread.
 */
final class HandlerDeadline {
  private final AtomicBoolean settled = new AtomicBoolean();
  private final Exchange exchange;
  private volatile Thread worker;
  private volatile ScheduledFuture<?> timer;

  /** A deadline for the handling of {@code exchange}. */
  HandlerDeadline(Exchange exchange) {
    this.exchange = exchange;
  }

  /** The exchange whose resources a late handler still has to close. */
  Exchange exchange() {
    return exchange;
  }

  /** Starts the timer; {@code onTimeout} runs on the event loop when the timer wins. */
  void arm(EventExecutor loop, Duration timeout, Runnable onTimeout) {
    timer = loop.schedule(() -> {
      if (settled.compareAndSet(false, true)) {
        // Answer (and record the timeout as the request's failure) before the handler can react.
        onTimeout.run();
        Thread w = worker;
        if (w != null) {
          w.interrupt();
        }
      }
    }, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Records the thread running the handler, so that a timeout can interrupt it. */
  void workerStarted() {
    worker = Thread.currentThread();
  }

  /** The handler's thread is done with this request: a timeout must no longer interrupt it. */
  void workerEnded() {
    worker = null;
  }

  /** Claims the request for the handler's reply; {@code false} when the timeout answered first. */
  boolean claim() {
    return settled.compareAndSet(false, true);
  }

  /** Stops the timer once the handler's reply won. */
  void disarm() {
    if (timer != null) {
      timer.cancel(false);
    }
  }
}

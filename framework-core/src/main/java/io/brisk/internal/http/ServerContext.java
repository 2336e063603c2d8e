package io.brisk.internal.http;

import io.brisk.ServerOptions;
import io.brisk.internal.tasks.BackgroundRunner;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection's handler shares: the dispatcher, the handler executor, the options, and
 * the in-flight count that graceful shutdown waits on.
 */
public final class ServerContext {
  private final Dispatcher dispatcher;
  private final Executor handlerExecutor;
  private final ServerOptions options;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final BackgroundRunner background;

  /**
   * A context; {@code handlerExecutor} runs blocking handlers (one virtual thread per task),
   * {@code background} the after-response work.
   */
  public ServerContext(Dispatcher dispatcher, Executor handlerExecutor, ServerOptions options,
      BackgroundRunner background) {
    this.dispatcher = dispatcher;
    this.handlerExecutor = handlerExecutor;
    this.options = options;
    this.background = background;
  }

  BackgroundRunner background() {
    return background;
  }

  Dispatcher dispatcher() {
    return dispatcher;
  }

  Executor handlerExecutor() {
    return handlerExecutor;
  }

  /** The options. */
  public ServerOptions options() {
    return options;
  }

  /** Requests accepted and not yet answered, across all connections. */
  public int inFlight() {
    return inFlight.get();
  }

  AtomicInteger inFlightCounter() {
    return inFlight;
  }

  /** The event fired on every connection when stopping begins: idle ones close at once. */
  static final Object DRAIN = new Object() {
    @Override
    public String toString() {
      return "DRAIN";
    }
  };

  /** Marks the server as stopping: responses now close their connections. */
  public void startDraining() {
    draining.set(true);
  }

  boolean draining() {
    return draining.get();
  }
}

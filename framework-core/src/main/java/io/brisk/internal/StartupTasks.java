package io.brisk.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parts of one app's start-up that run on a second core while the starting thread goes on (the
 * Hibernate Validator bootstrap, the OpenAPI document), each joined where its result is first
 * needed and all of them before the app serves a request.
 *
 * <p>Behaviour stays that of a serial start-up: a task's failure is thrown, unchanged, where its
 * result is joined; when the starting thread fails first, the tasks forked before are waited for and
 * the earliest failure among them wins, as it would have been thrown first in a serial start-up.
 * Each task runs on its own platform thread, which ends with it, so nothing is left running.
 *
 * <p>A task can also start ahead of its turn ({@link #forkAhead}, from {@link #onRoutesCompiled}):
 * until {@link Pending#due()} marks the point where the serial start-up would have run it, a
 * failure of the starting thread wins over its own, which is then dropped.
 *
 * <p>With one core (or {@code -Dbrisk.parallelStartup=false}) a task runs at once on the calling
 * thread, so start-up is exactly serial; {@code -Dbrisk.parallelStartup=true} forces the parallel
 * path (tests on one core).
 */
public final class StartupTasks {
  private static volatile Function<Brisk, StartupTasks> access;

  private final List<Pending<?>> pending = new ArrayList<>();
  private final List<BiConsumer<ObjectMapper, List<Route>>> compiledListeners = new ArrayList<>();

  /** Lets {@link Brisk} give plugins its tasks. */
  public static void registerAccess(Function<Brisk, StartupTasks> accessor) {
    access = accessor;
  }

  /** The start-up tasks of an app. */
  public static StartupTasks of(Brisk app) {
    return access.apply(app);
  }

  /** Whether forked work runs on another thread. */
  public static boolean parallel() {
    String forced = System.getProperty("brisk.parallelStartup");
    return forced != null ? Boolean.parseBoolean(forced) : Runtime.getRuntime().availableProcessors() > 1;
  }

  /**
   * Starts work on a new thread (or runs it now, when not {@link #parallel()}, throwing its
   * failure here); the supplier returned joins it and returns its result or throws its failure.
   */
  public synchronized <T> Supplier<T> fork(String name, Supplier<T> work) {
    if (!parallel()) {
      T value = work.get();
      return () -> value;
    }
    return start(name, work, true);
  }

  /**
   * Starts work on a new thread ahead of its turn (only when {@link #parallel()}); call
   * {@link Pending#due()} where the serial start-up would have run it.
   */
  public synchronized <T> Pending<T> forkAhead(String name, Supplier<T> work) {
    return start(name, work, false);
  }

  private <T> Pending<T> start(String name, Supplier<T> work, boolean due) {
    Pending<T> task = new Pending<>(this, work, due);
    Thread t = new Thread(task::run, name);
    t.setDaemon(true);
    task.thread = t;
    pending.add(task);
    t.start();
    return task;
  }

  /**
   * Registers, while plugins install, work to start once the routes are compiled, before their
   * validators and the route table are built: it gets the app's JSON mapper and the route model
   * (final by then) and may {@link #forkAhead} a task. Called only when {@link #parallel()}.
   */
  public synchronized void onRoutesCompiled(BiConsumer<ObjectMapper, List<Route>> listener) {
    compiledListeners.add(listener);
  }

  /** Runs the {@link #onRoutesCompiled} listeners (the starting thread, once the routes are compiled). */
  public void routesCompiled(ObjectMapper mapper, List<Route> routes) {
    List<BiConsumer<ObjectMapper, List<Route>>> listeners;
    synchronized (this) {
      listeners = List.copyOf(compiledListeners);
      compiledListeners.clear();
    }
    if (parallel()) {
      for (BiConsumer<ObjectMapper, List<Route>> l : listeners) {
        l.accept(mapper, routes);
      }
    }
  }

  /** Whether a forked task has not been joined yet. */
  public synchronized boolean pending() {
    return !pending.isEmpty();
  }

  /** Waits for every forked task, in fork order, throwing the first failure (each is thrown once). */
  public void joinAll() {
    Pending<?> next;
    while ((next = takeFirst()) != null) {
      next.join();
    }
  }

  /**
   * Once the starting thread has failed: waits for every forked task and returns what to throw,
   * the first failure of a task that was due (earlier in a serial start-up) or else {@code failure}.
   */
  public RuntimeException failFirst(Throwable failure) {
    Throwable first = null;
    Pending<?> next;
    while ((next = takeFirst()) != null) {
      next.await();
      if (first == null && next.failure != null && next.due) {
        first = next.failure;
      }
    }
    throw sneaky(first != null ? first : failure);
  }

  private synchronized Pending<?> takeFirst() {
    return pending.isEmpty() ? null : pending.remove(0);
  }

  private synchronized void forget(Pending<?> task) {
    pending.remove(task);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /**
   * A forked task: {@link #get()} joins it (waiting uninterruptibly) and returns its result or
   * throws its failure.
   *
   * @param <T> the result's type
   */
  public static final class Pending<T> implements Supplier<T> {
    private final StartupTasks owner;
    private final Supplier<T> work;
    private volatile boolean due;
    private Thread thread;
    private T value;
    private Throwable failure;

    private Pending(StartupTasks owner, Supplier<T> work, boolean due) {
      this.owner = owner;
      this.work = work;
      this.due = due;
    }

    /** Marks the point where the serial start-up would have run the task: its failure now counts. */
    public void due() {
      due = true;
    }

    @Override
    public T get() {
      owner.forget(this);
      return join();
    }

    private void run() {
      try {
        value = work.get();
      } catch (Throwable e) {
        failure = e;
      }
    }

    /** Waits for the thread to end; uninterruptible, like the serial work it stands for. */
    private void await() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private T join() {
      await();
      if (failure != null) {
        throw sneaky(failure);
      }
      return value;
    }
  }
}

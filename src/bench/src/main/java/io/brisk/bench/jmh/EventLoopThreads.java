package io.brisk.bench.jmh;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * JMH's worker threads, made like a Netty event loop's: {@code FastThreadLocalThread}s. On a plain
 * thread Netty's {@code Recycler} pools nothing, so every write would allocate a new outbound-buffer
 * entry (64 bytes) that a server's event loop reuses; benchmarks that drive a pipeline in process
 * run on these threads to measure what a server allocates. Chosen with
 * {@code -Djmh.executor=CUSTOM -Djmh.executor.class=} this class (see {@link Jvm#EVENT_LOOP_THREADS}).
 */
public final class EventLoopThreads extends ThreadPoolExecutor {
  /** The constructor JMH's {@code CUSTOM} executor type calls. */
  public EventLoopThreads(int maxThreads, String prefix) {
    super(maxThreads, maxThreads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
        new DefaultThreadFactory(prefix, true));
  }
}

package io.brisk.bench.jmh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the thread hop of default (virtual-thread) mode, without any HTTP: start a virtual
 * thread the way Brisk's handler executor does, run a trivial task on it, and hand the result back
 * to the calling platform thread (as the event loop gets a handler's reply back).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class VirtualThreadHopBenchmark {
  private final ThreadFactory virtual = Thread.ofVirtual().name("brisk-handler").factory();

  /** One hop to a new virtual thread and back. */
  @Benchmark
  public Object roundTrip() {
    CompletableFuture<Object> reply = new CompletableFuture<>();
    virtual.newThread(() -> reply.complete(Boolean.TRUE)).start();
    return reply.join();
  }
}

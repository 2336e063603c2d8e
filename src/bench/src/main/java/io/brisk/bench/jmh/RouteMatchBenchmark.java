package io.brisk.bench.jmh;

import io.brisk.HttpMethod;
import io.brisk.TrailingSlash;
import io.brisk.internal.routing.PathTemplate;
import io.brisk.internal.routing.RouteMatch;
import io.brisk.internal.routing.RouteTable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Route matching ({@link RouteTable#match}) on tables of 10, 200 and 10,000 routes: four routes per
 * resource ({@code GET /api/rN}, {@code POST /api/rN}, {@code GET /api/rN/{id}},
 * {@code GET /api/rN/{id}/parts/{partId}}), looked up in the middle of the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class RouteMatchBenchmark {
  @Param({"10", "200", "10000"})
  public int routes;

  private RouteTable<String> table;
  private String staticPath;
  private String oneVariable;
  private String twoVariables;
  private String miss;

  /** Fills the table and checks the lookups. */
  @Setup
  public void setUp() {
    table = new RouteTable<>(TrailingSlash.REDIRECT);
    int resources = Math.max(1, routes / 4);
    for (int i = 0; i < resources; i++) {
      String base = "/api/r" + i;
      add(HttpMethod.GET, base);
      add(HttpMethod.POST, base);
      add(HttpMethod.GET, base + "/{id}");
      add(HttpMethod.GET, base + "/{id}/parts/{partId}");
    }
    int mid = resources / 2;
    staticPath = "/api/r" + mid;
    oneVariable = "/api/r" + mid + "/12345";
    twoVariables = "/api/r" + mid + "/12345/parts/67";
    miss = "/api/r" + mid + "/12345/nothing";
    check(staticPath, 0);
    check(oneVariable, 1);
    check(twoVariables, 2);
  }

  private void add(HttpMethod method, String path) {
    table.add(method, PathTemplate.parse(path), method + " " + path, path);
  }

  private void check(String path, int values) {
    RouteMatch<String> m = table.match(path);
    if (m.endpoint() == null || m.pathValues().length != values) {
      throw new IllegalStateException("route table did not match " + path);
    }
  }

  /** A static path: one hash lookup. */
  @Benchmark
  public RouteMatch<String> staticPath() {
    return table.match(staticPath);
  }

  /** A template with one variable. */
  @Benchmark
  public RouteMatch<String> oneVariable() {
    return table.match(oneVariable);
  }

  /** A template with two variables. */
  @Benchmark
  public RouteMatch<String> twoVariables() {
    return table.match(twoVariables);
  }

  /** No route (the 404 path, including the trailing-slash retry). */
  @Benchmark
  public RouteMatch<String> miss() {
    return table.match(miss);
  }
}

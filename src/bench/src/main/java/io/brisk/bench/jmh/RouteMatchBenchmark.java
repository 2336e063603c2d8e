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
 * Route matching ({@link RouteTable#match}) on tables of 10, 200 and 10,000 routes.
 *
 * <p>Every table is made of REST resources of five routes each ({@code GET} and {@code POST
 * /api/v1/resNNNNN}, {@code GET} and {@code DELETE /api/v1/resNNNNN/{id}}, {@code GET
 * /api/v1/resNNNNN/{id}/items/{itemId}}): 2, 40 and 2,000 resources. Resource names and ids have a
 * fixed width, so a looked-up path has the same length, depth and number of variables whatever the
 * table size. Each benchmark cycles through {@value #PATHS} distinct path strings (distinct ids), so
 * the match does not run on one path that sits in L1 forever.
 *
 * <p>{@code hotResources} is how many distinct resources those paths fall on, spread evenly over
 * the table. At 2 (all that the 10-route table has) every size has the same working set and only
 * the table differs: this is the "cost independent of table size" comparison. At 256 (capped at
 * the table's resources: 2, 40, 256) the paths spread over the whole table, as the traffic of a
 * large app would: the hot part of a larger table no longer fits in L1, so that is slower.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING})
public class RouteMatchBenchmark {
  private static final int ROUTES_PER_RESOURCE = 5;
  /** Looked-up paths per shape: a power of two, so the next one is picked with a mask. */
  static final int PATHS = 256;

  @Param({"10", "200", "10000"})
  public int routes;

  @Param({"2", "256"})
  public int hotResources;

  private RouteTable<String> table;
  private final String[] staticPaths = new String[PATHS];
  private final String[] oneVariable = new String[PATHS];
  private final String[] twoVariables = new String[PATHS];
  private final String[] misses = new String[PATHS];
  private int next;

  /** Fills the table, builds the looked-up paths and checks that each matches as expected. */
  @Setup
  public void setUp() {
    table = new RouteTable<>(TrailingSlash.REDIRECT);
    int resources = routes / ROUTES_PER_RESOURCE;
    for (int r = 0; r < resources; r++) {
      String base = resource(r);
      add(HttpMethod.GET, base);
      add(HttpMethod.POST, base);
      add(HttpMethod.GET, base + "/{id}");
      add(HttpMethod.DELETE, base + "/{id}");
      add(HttpMethod.GET, base + "/{id}/items/{itemId}");
    }
    for (int i = 0; i < PATHS; i++) {
      // Scrambled, so consecutive lookups take unrelated branches.
      int hot = Math.min(hotResources, resources);
      int h = ((i * 97) % PATHS) * hot / PATHS;
      String base = resource((int) ((long) h * resources / hot));
      String id = Integer.toString(10_000 + (i * 7_919) % 90_000);
      String itemId = Integer.toString(100 + (i * 31) % 900);
      staticPaths[i] = base;
      oneVariable[i] = base + "/" + id;
      twoVariables[i] = base + "/" + id + "/items/" + itemId;
      misses[i] = base + "/" + id + "/nothing";
      check(staticPaths[i], 0);
      check(oneVariable[i], 1);
      check(twoVariables[i], 2);
      if (table.match(misses[i]).endpoint() != null) {
        throw new IllegalStateException("route table matched " + misses[i]);
      }
    }
  }

  private static String resource(int r) {
    return "/api/v1/res" + String.format("%05d", r);
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

  private String nextOf(String[] paths) {
    return paths[next++ & (PATHS - 1)];
  }

  /** A static path. */
  @Benchmark
  public RouteMatch<String> staticPath() {
    return table.match(nextOf(staticPaths));
  }

  /** A template with one variable. */
  @Benchmark
  public RouteMatch<String> oneVariable() {
    return table.match(nextOf(oneVariable));
  }

  /** A template with two variables. */
  @Benchmark
  public RouteMatch<String> twoVariables() {
    return table.match(nextOf(twoVariables));
  }

  /** No route below a known resource (the 404 path, including the trailing-slash retry). */
  @Benchmark
  public RouteMatch<String> miss() {
    return table.match(nextOf(misses));
  }
}

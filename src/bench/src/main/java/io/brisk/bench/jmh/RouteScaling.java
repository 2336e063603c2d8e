package io.brisk.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Companion to {@link RouteMatchBenchmark} for a shared, noisy machine: the same tables and paths,
 * but timed in this thread's CPU time (time slices given to other processes do not count) and with
 * the three table sizes interleaved round by round (drifting load hits them alike). Prints, per
 * shape and size, the median ns of CPU per match with its interquartile range, and the ratio to the
 * 10-route table.
 *
 * <p>{@code java -cp brisk-bench.jar io.brisk.bench.jmh.RouteScaling [rounds] [matchesPerBatch] [hotResources]}
 */
public final class RouteScaling {
  private static final int[] SIZES = {10, 200, 10_000};
  private static final String[] SHAPES = {"staticPath", "oneVariable", "twoVariables", "miss"};
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile long sink;

  private RouteScaling() {}

  /** Runs the measurement; optional arguments: rounds (30), matches per batch, hot resources (2). */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int hot = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    RouteMatchBenchmark[] tables = new RouteMatchBenchmark[SIZES.length];
    for (int s = 0; s < SIZES.length; s++) {
      tables[s] = new RouteMatchBenchmark();
      tables[s].routes = SIZES[s];
      tables[s].hotResources = hot;
      tables[s].setUp();
    }
    for (int warm = 0; warm < 10; warm++) {
      for (int shape = 0; shape < SHAPES.length; shape++) {
        for (RouteMatchBenchmark t : tables) {
          run(t, shape, batch);
        }
      }
    }
    double[][][] ns = new double[SHAPES.length][SIZES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int shape = 0; shape < SHAPES.length; shape++) {
        for (int k = 0; k < SIZES.length; k++) {
          int s = (k + r) % SIZES.length; // rotate the order, so none always runs first
          long start = THREADS.getCurrentThreadCpuTime();
          run(tables[s], shape, batch);
          ns[shape][s][r] = (THREADS.getCurrentThreadCpuTime() - start) / (double) batch;
        }
      }
    }
    System.out.printf(Locale.ROOT, "hotResources=%d, %d rounds of %d matches%n", hot, rounds, batch);
    System.out.printf(Locale.ROOT, "%-13s %7s %22s %8s%n", "shape", "routes", "CPU ns/match (IQR)", "vs 10");
    for (int shape = 0; shape < SHAPES.length; shape++) {
      double base = quantile(ns[shape][0], 0.5);
      for (int s = 0; s < SIZES.length; s++) {
        double median = quantile(ns[shape][s], 0.5);
        System.out.printf(Locale.ROOT, "%-13s %7d %10.1f (%5.1f-%5.1f) %8.2f%n", SHAPES[shape], SIZES[s], median,
            quantile(ns[shape][s], 0.25), quantile(ns[shape][s], 0.75), median / base);
      }
    }
  }

  private static void run(RouteMatchBenchmark t, int shape, int n) {
    long acc = 0;
    switch (shape) {
      case 0 -> {
        for (int i = 0; i < n; i++) {
          acc += t.staticPath().pathValues().length;
        }
      }
      case 1 -> {
        for (int i = 0; i < n; i++) {
          acc += t.oneVariable().pathValues().length;
        }
      }
      case 2 -> {
        for (int i = 0; i < n; i++) {
          acc += t.twoVariables().pathValues().length;
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          acc += t.miss().pathValues().length;
        }
      }
    }
    sink += acc;
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}

package io.brisk.bench;

import io.brisk.bench.jdkfloor.JdkHttpFloor;
import io.brisk.bench.rawnetty.RawNettyServer;
import java.util.Arrays;

/**
 * The bench jar's entry point: {@code java -jar brisk-bench.jar [brisk|raw|jdk|jmh JMH-ARGS...]}.
 *
 * <ul>
 *   <li>{@code brisk} (the default): the Brisk bench app on {@code $PORT}; {@code BRISK_MODE}
 *       {@code default} or {@code nonblocking} picks where handlers run.
 *   <li>{@code raw}: the hand-written Netty baseline on the same endpoints.
 *   <li>{@code jdk}: the start-up floor, {@code GET /plaintext} from the JDK's own HTTP server.
 *   <li>{@code jmh}: the JMH benchmarks; the remaining arguments go to JMH (for example
 *       {@code jmh -prof gc RouteMatch}).
 * </ul>
 */
public final class BenchMain {
  private BenchMain() {}

  /** Starts what the first argument names. */
  public static void main(String[] args) throws Exception {
    // Hibernate Validator logs through JBoss Logging: send it to SLF4J (warnings and errors only).
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    String what = args.length == 0 ? "brisk" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (what) {
      case "brisk" -> BenchApp.main(rest);
      case "raw" -> RawNettyServer.main(rest);
      case "jdk" -> JdkHttpFloor.main(rest);
      case "jmh" -> org.openjdk.jmh.Main.main(rest);
      default -> {
        System.err.println("usage: java -jar brisk-bench.jar [brisk|raw|jdk|jmh JMH-ARGS...]; not '" + what + "'");
        System.exit(2);
      }
    }
  }
}

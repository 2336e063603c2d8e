package io.brisk.internal.http;

import io.netty.util.ResourceLeakDetector;

/**
 * Turns Netty's buffer-leak sampling off for a server, unless the JVM was told otherwise.
 *
 * <p>Netty's default ({@code simple}) records a stack trace for one buffer in 128; on Brisk's
 * request path that measured about 2% of the event loop's CPU (profiled under load). Brisk
 * allocates and releases every buffer itself (handlers never see one), and its own test suites
 * run the detector at {@code paranoid} and fail on any report, so production sampling buys little.
 * The level is JVM-wide: an explicit {@code -Dio.netty.leakDetection.level=...} is always kept.
 * Public for the in-process benchmark, which configures its channel as a TCP server would.
 */
public final class LeakDetectionDefault {
  private LeakDetectionDefault() {}

  /** Disables sampling when neither property is set and the level is still Netty's default. */
  public static void apply() {
    if (System.getProperty("io.netty.leakDetection.level") == null
        && System.getProperty("io.netty.leakDetectionLevel") == null
        && ResourceLeakDetector.getLevel() == ResourceLeakDetector.Level.SIMPLE) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
  }
}

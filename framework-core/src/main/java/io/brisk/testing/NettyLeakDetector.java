package io.brisk.testing;

import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Netty leak detector that also records every leak it reports, so that tests can fail on them
 * (see {@link LeakCheckExtension}).
 *
 * <p>Enable it with {@code -Dio.netty.customResourceLeakDetector=io.brisk.testing.NettyLeakDetector}
 * and {@code -Dio.netty.leakDetection.level=paranoid} on the test JVM.
 *
 * @param <T> the tracked resource type
 */
public final class NettyLeakDetector<T> extends ResourceLeakDetector<T> {
  private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

  /** Called by Netty's detector factory. */
  public NettyLeakDetector(Class<?> resourceType, int samplingInterval) {
    super(resourceType, samplingInterval);
  }

  /** Called by older versions of Netty's detector factory. */
  public NettyLeakDetector(Class<?> resourceType, int samplingInterval, long maxActive) {
    super(resourceType, samplingInterval);
  }

  /** Whether this detector is the one Netty uses (the system property is set). */
  public static boolean installed() {
    return NettyLeakDetector.class.getName().equals(System.getProperty("io.netty.customResourceLeakDetector"));
  }

  /** The leaks reported so far, without clearing them. */
  public static List<String> snapshot() {
    return List.copyOf(LEAKS);
  }

  /** Takes (and clears) the leaks reported so far. */
  public static List<String> drain() {
    List<String> copy = List.copyOf(LEAKS);
    LEAKS.removeAll(copy);
    return copy;
  }

  @Override
  protected void reportTracedLeak(String resourceType, String records) {
    LEAKS.add(resourceType + " was not released:" + records);
    if (!records.contains(LeakCheckExtension.CANARY)) {
      super.reportTracedLeak(resourceType, records); // the check's own canary is not worth a log line
    }
  }

  @Override
  protected void reportUntracedLeak(String resourceType) {
    LEAKS.add(resourceType + " was not released (no access records)");
    super.reportUntracedLeak(resourceType);
  }
}

package io.brisk.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reported a leaked buffer while it ran (or since the last check).
 *
 * <p>Register it on a class with {@code @ExtendWith}, or for every class through JUnit's extension
 * auto-detection ({@code junit.jupiter.extensions.autodetection.enabled=true}). It needs
 * {@link NettyLeakDetector} installed; without it, it does nothing.
 */
public final class LeakCheckExtension implements AfterAllCallback {
  /** The hint that marks the buffer this check leaks on purpose. */
  static final String CANARY = "brisk-leak-check-canary";
  private static final int MAX_ROUNDS = 20;

  @Override
  public void afterAll(ExtensionContext context) {
    if (!NettyLeakDetector.installed()) {
      return;
    }
    // Leaks are found when an unreachable buffer is collected and a later allocation polls the
    // detector's queue. Leak one marked buffer on purpose, then collect and allocate until its own
    // report arrives: by then the collections that found it have found the others too. Usually
    // one round, instead of a fixed number of full collections per class.
    leakCanary();
    List<String> leaks = List.of();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      System.gc();
      for (int j = 0; j < 16; j++) {
        ByteBuf probe = PooledByteBufAllocator.DEFAULT.buffer(16);
        probe.release();
      }
      leaks = NettyLeakDetector.snapshot();
      if (leaks.stream().anyMatch(l -> l.contains(CANARY))) {
        break;
      }
    }
    List<String> real = NettyLeakDetector.drain().stream().filter(l -> !l.contains(CANARY)).toList();
    if (!real.isEmpty()) {
      throw new AssertionError(real.size() + " Netty buffer leak(s) reported during "
          + context.getDisplayName() + ":\n" + String.join("\n\n", real));
    }
  }

  private static void leakCanary() {
    ByteBuf canary = PooledByteBufAllocator.DEFAULT.buffer(1);
    canary.touch(CANARY);
    canary.writeByte(1);
    // Not released on purpose: the detector must report it.
  }
}

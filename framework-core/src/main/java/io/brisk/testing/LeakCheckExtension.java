package io.brisk.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
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
  private static final int ROUNDS = 5;

  @Override
  public void afterAll(ExtensionContext context) {
    if (!NettyLeakDetector.installed()) {
      return;
    }
    // Leaks are found when an unreachable buffer is collected and a later allocation polls
    // the detector's queue: collect, then allocate, a few times.
    for (int i = 0; i < ROUNDS; i++) {
      System.gc();
      for (int j = 0; j < 64; j++) {
        ByteBuf a = PooledByteBufAllocator.DEFAULT.buffer(16);
        a.release();
        ByteBuf b = UnpooledByteBufAllocator.DEFAULT.buffer(16);
        b.release();
      }
    }
    List<String> leaks = NettyLeakDetector.drain();
    if (!leaks.isEmpty()) {
      throw new AssertionError(leaks.size() + " Netty buffer leak(s) reported during "
          + context.getDisplayName() + ":\n" + String.join("\n\n", leaks));
    }
  }
}

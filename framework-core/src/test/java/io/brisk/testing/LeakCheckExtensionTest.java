package io.brisk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class LeakCheckExtensionTest {
  private static ExtensionContext context(String name) {
    return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
          if (method.getName().equals("getDisplayName")) {
            return name;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void runsWithTheDetectorInstalledAtParanoidLevel() {
    assertThat(NettyLeakDetector.installed()).isTrue();
    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
  }

  @Test
  void failsOnABufferThatWasNeverReleased() {
    assumeThat(NettyLeakDetector.installed()).isTrue();
    leakOneBuffer();

    // The extension drains what it reports, so this class's own check stays clean.
    assertThatThrownBy(() -> new LeakCheckExtension().afterAll(context("a leaky class")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("1 Netty buffer leak(s) reported during a leaky class:")
        .hasMessageContaining("was not released")
        .hasMessageContaining("leakOneBuffer");
  }

  private static void leakOneBuffer() {
    ByteBuf leaked = Unpooled.directBuffer(16);
    leaked.writeInt(42);
  }
}

package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes JVM-wide state and puts it back: the suite itself runs the detector at paranoid. */
class LeakDetectionDefaultTest {
  private static final String PROPERTY = "io.netty.leakDetection.level";
  private String property;
  private ResourceLeakDetector.Level level;

  @BeforeEach
  void remember() {
    property = System.getProperty(PROPERTY);
    level = ResourceLeakDetector.getLevel();
  }

  @AfterEach
  void restore() {
    if (property == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, property);
    }
    ResourceLeakDetector.setLevel(level);
  }

  @Test
  void turnsNettysDefaultSamplingOff() {
    System.clearProperty(PROPERTY);
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);

    LeakDetectionDefault.apply();

    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.DISABLED);
  }

  @Test
  void keepsALevelTheJvmWasGiven() {
    System.setProperty(PROPERTY, "simple");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);

    LeakDetectionDefault.apply();

    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.SIMPLE);
  }

  @Test
  void keepsALevelSetInCode() {
    System.clearProperty(PROPERTY);
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);

    LeakDetectionDefault.apply();

    assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
  }
}

package io.brisk.startup;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a test class start its apps with the start-up work forked onto other threads, as on a
 * machine of two or more cores, whatever this one has (tests may run pinned to one core); the
 * property is restored afterwards. Shared with the validation and OpenAPI modules through this
 * module's test jar.
 */
public final class ForceParallelStartup implements BeforeAllCallback, AfterAllCallback {
  private static final String PROPERTY = "brisk.parallelStartup";
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ForceParallelStartup.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    String previous = System.setProperty(PROPERTY, "true");
    context.getStore(NAMESPACE).put(PROPERTY, previous == null ? "" : previous);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String previous = context.getStore(NAMESPACE).remove(PROPERTY, String.class);
    if (previous == null || previous.isEmpty()) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, previous);
    }
  }
}

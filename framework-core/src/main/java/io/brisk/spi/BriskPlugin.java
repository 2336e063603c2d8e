package io.brisk.spi;

import io.brisk.Brisk;
import io.brisk.Route;
import java.util.List;

/**
 * A module that configures an app when it starts: registers routes, validators or converters.
 *
 * <p>Plugins listed in {@code META-INF/services/io.brisk.spi.BriskPlugin} are installed
 * automatically (putting the module on the classpath is enough); {@link Brisk#plugin} adds one in
 * code, replacing a discovered plugin of the same class, and {@link Brisk#withoutPlugin} removes one.
 * {@link #install} runs once, after the user's routes are included and before the route model is
 * built, so a plugin reads the finished model only in {@link #routesBuilt}.
 */
public interface BriskPlugin {
  /** Configures the app; called once at start-up, before the route model is built. */
  void install(Brisk app);

  /**
   * Called once the route model is built (by the first start, test client or {@link Brisk#routes()}),
   * before any request is served; the app can no longer change.
   */
  default void routesBuilt(Brisk app, List<Route> routes) {}
}

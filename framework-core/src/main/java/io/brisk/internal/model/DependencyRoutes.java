package io.brisk.internal.model;

import io.brisk.ExecutionMode;
import io.brisk.HttpMethod;
import io.brisk.Route;
import io.brisk.internal.di.DependencyDef;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Describes a provider method as a {@link Route}, so that the validation SPI, which checks a
 * route's handler arguments, checks a provider's inputs the same way.
 */
public final class DependencyRoutes {
  private DependencyRoutes() {}

  /** A route-shaped view of a dependency made by a provider method. */
  public static Route of(DependencyDef def) {
    Method method = (Method) def.source();
    return new Route(HttpMethod.GET, "/", def.key(), method, def.inputs(), def.key(), 200, List.of(), "", "", "",
        false, ExecutionMode.VIRTUAL_THREAD, "", true, List.of(), List.of(), List.of(), false);
  }
}

package io.brisk.internal.routing;

import io.brisk.HttpMethod;
import java.util.StringJoiner;

/** The routes registered at one path, one per method, with the {@code Allow} header they imply. */
public final class MethodTable<R> {
  private final Object[] byMethod = new Object[HttpMethod.values().length];
  private String allow;

  /** Registers a route; returns false when the method is already taken. */
  boolean put(HttpMethod method, R route) {
    if (byMethod[method.ordinal()] != null) {
      return false;
    }
    byMethod[method.ordinal()] = route;
    allow = null;
    return true;
  }

  /** The route for a method, or {@code null}. */
  @SuppressWarnings("unchecked")
  public R get(HttpMethod method) {
    return (R) byMethod[method.ordinal()];
  }

  /** The {@code Allow} value: declared methods, plus HEAD for GET and OPTIONS always. */
  public String allow() {
    String a = allow;
    if (a == null) {
      StringJoiner joiner = new StringJoiner(", ");
      for (HttpMethod m : HttpMethod.values()) {
        boolean present = byMethod[m.ordinal()] != null
            || (m == HttpMethod.HEAD && byMethod[HttpMethod.GET.ordinal()] != null)
            || m == HttpMethod.OPTIONS;
        if (present) {
          joiner.add(m.name());
        }
      }
      a = joiner.toString();
      allow = a;
    }
    return a;
  }
}

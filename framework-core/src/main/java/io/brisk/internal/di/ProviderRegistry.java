package io.brisk.internal.di;

import io.brisk.Scope;
import io.brisk.annotation.Provides;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code @Provides} methods an app registered, by the type they provide. */
public final class ProviderRegistry {
  /** A provider method and the object it is called on. */
  public record Registered(Object target, Method method, Scope scope) {}

  private final Map<Class<?>, Registered> byType = new LinkedHashMap<>();

  /**
   * Registers every {@code @Provides} method of an object.
   *
   * @throws IllegalArgumentException when it has none, or a type is provided twice
   */
  public void register(Object provider) {
    int found = 0;
    for (Method m : provider.getClass().getMethods()) {
      Provides provides = m.getAnnotation(Provides.class);
      if (provides == null) {
        continue;
      }
      if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
        throw new IllegalArgumentException(provider.getClass().getName() + "." + m.getName()
            + ": a @Provides method is an instance method that returns the value");
      }
      Registered previous = byType.putIfAbsent(m.getReturnType(), new Registered(provider, m, provides.scope()));
      if (previous != null) {
        throw new IllegalArgumentException(m.getReturnType().getName() + " is provided twice: by "
            + previous.method().getDeclaringClass().getName() + "." + previous.method().getName() + " and "
            + m.getDeclaringClass().getName() + "." + m.getName());
      }
      found++;
    }
    if (found == 0) {
      throw new IllegalArgumentException(provider.getClass().getName() + " has no public @Provides method");
    }
  }

  /**
   * Registers a provider method of any name for a type (security schemes' {@code authenticate}).
   *
   * @throws IllegalArgumentException when the type already has a provider
   */
  public void register(Class<?> type, Object target, Method method, Scope scope) {
    Registered previous = byType.putIfAbsent(type, new Registered(target, method, scope));
    if (previous != null) {
      throw new IllegalArgumentException(type.getName() + " is provided twice: by "
          + previous.method().getDeclaringClass().getName() + " and " + method.getDeclaringClass().getName());
    }
  }

  /** Whether a type has a registered provider. */
  public boolean provides(Class<?> type) {
    return byType.containsKey(type);
  }

  public Registered get(Class<?> type) {
    return byType.get(type);
  }
}

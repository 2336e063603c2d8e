package io.brisk.internal.di;

import io.brisk.Scope;
import io.brisk.ValidationError;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.http.Exchange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes dependency values at request time: overrides first, then application singletons, request
 * values cached in the exchange, transient values anew. Values that are {@link AutoCloseable} are
 * remembered for closing (request and transient ones after the response, singletons at stop).
 *
 * <p>Thread-safe: singletons are created under a lock, once.
 */
public final class DependencyResolver {
  private static final Logger LOG = LoggerFactory.getLogger(DependencyResolver.class);

  private final Map<Class<?>, Supplier<?>> overrides = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> singletons = new ConcurrentHashMap<>();
  private final List<Object> singletonOrder = new ArrayList<>();

  /** Replaces a dependency for the following requests (tests). */
  public void override(Class<?> key, Supplier<?> replacement) {
    overrides.put(key, replacement);
  }

  /** Removes every override. */
  public void clearOverrides() {
    overrides.clear();
  }

  /**
   * The value of a dependency for an exchange ({@code null} exchange: outside a request, only
   * application-scoped dependencies resolve).
   *
   * @return the value, or {@link ArgumentBinder#FAILED} after adding errors for its inputs
   */
  public Object resolve(DependencyDef def, Exchange exchange, List<ValidationError> errors) {
    Supplier<?> override = overrides.get(def.key);
    if (override != null) {
      return override.get();
    }
    switch (def.scope) {
      case APPLICATION -> {
        Object v = singletons.get(def.key);
        if (v != null) {
          return v;
        }
        synchronized (singletonOrder) {
          v = singletons.get(def.key);
          if (v == null) {
            v = create(def, exchange, errors);
            if (v == ArgumentBinder.FAILED) {
              return v;
            }
            singletons.put(def.key, v);
            singletonOrder.add(v);
          }
          return v;
        }
      }
      case REQUEST -> {
        Object v = exchange.dependency(def.key);
        if (v == null) {
          v = create(def, exchange, errors);
          if (v != ArgumentBinder.FAILED) {
            exchange.dependency(def.key, v);
            track(exchange, v);
          }
        }
        return v;
      }
      case TRANSIENT -> {
        Object v = create(def, exchange, errors);
        if (v != ArgumentBinder.FAILED) {
          track(exchange, v);
        }
        return v;
      }
      default -> throw new IllegalStateException(def.scope.toString());
    }
  }

  private static void track(Exchange exchange, Object value) {
    if (value instanceof AutoCloseable c && exchange != null) {
      exchange.resource(c);
    }
  }

  private static Object create(DependencyDef def, Exchange exchange, List<ValidationError> errors) {
    ArgumentBinder[] binders = def.binders;
    Object[] args = new Object[binders.length];
    boolean[] bound = null;
    int before = errors.size();
    for (int i = 0; i < binders.length; i++) {
      Object v = binders[i].bind(exchange, errors);
      if (v == ArgumentBinder.FAILED) {
        if (bound == null) {
          bound = new boolean[binders.length];
          Arrays.fill(bound, true);
        }
        bound[i] = false;
        v = null;
      }
      args[i] = v;
    }
    if (def.validator != null) {
      if (bound == null) {
        bound = new boolean[binders.length];
        Arrays.fill(bound, true);
      }
      def.validator.validate(args, bound, errors);
    }
    if (errors.size() > before || bound != null && !allTrue(bound)) {
      return ArgumentBinder.FAILED;
    }
    try {
      Object value = def.invoker.invokeExact(args);
      if (value == null) {
        throw new IllegalStateException("The provider of " + def.key.getName() + " returned null");
      }
      return value;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("The provider of " + def.key.getName() + " failed: " + t.getMessage(), t);
    }
  }

  private static boolean allTrue(boolean[] values) {
    for (boolean b : values) {
      if (!b) {
        return false;
      }
    }
    return true;
  }

  /** Closes the application singletons, newest first; failures are logged. */
  public void closeSingletons() {
    synchronized (singletonOrder) {
      for (int i = singletonOrder.size() - 1; i >= 0; i--) {
        if (singletonOrder.get(i) instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception e) {
            LOG.error("Closing application dependency {} failed", c.getClass().getName(), e);
          }
        }
      }
      singletonOrder.clear();
      singletons.clear();
    }
  }

}

package io.brisk.bench.jmh;

import io.brisk.Brisk;
import io.brisk.HttpMethod;
import io.brisk.internal.AppRuntime;
import io.brisk.internal.http.Dispatcher;
import io.brisk.internal.http.Exchange;
import io.brisk.internal.http.ResponseWriter;
import io.brisk.internal.http.ServerContext;
import io.brisk.internal.model.CompiledRoute;
import io.netty.handler.codec.http.FullHttpRequest;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Every use of Brisk's internal API by the benchmarks, in one place: the internals change without
 * notice, and this is the one file to adapt when they do. Reflection here runs at set-up only.
 */
final class Internals {
  /** {@code Dispatcher.bind(CompiledRoute, Exchange)}: binding exactly as a request does it. */
  static final MethodHandle BIND = bindHandle();

  private Internals() {}

  /** The compiled route of a method and template. */
  static CompiledRoute route(Brisk app, HttpMethod method, String path) {
    for (CompiledRoute r : AppRuntime.of(app).compiled()) {
      if (r.route().httpMethod() == method && r.route().path().equals(path)) {
        return r;
      }
    }
    throw new IllegalStateException("no route " + method + " " + path);
  }

  /** An exchange as the request handler makes it once the route table has matched. */
  static Exchange exchange(
      FullHttpRequest request, HttpMethod method, String rawPath, String[] pathValues, List<String> pathNames) {
    Exchange e = new Exchange(request, method, rawPath, "bench-request", null);
    e.pathValues(pathValues, pathNames);
    return e;
  }

  /** The server context an app gives each server (the one its TCP server would use). */
  static ServerContext serverContext(Brisk app) {
    try {
      Method m = AppRuntime.class.getDeclaredMethod("newContext");
      m.setAccessible(true);
      return (ServerContext) m.invoke(AppRuntime.of(app));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("AppRuntime.newContext() changed; adapt " + Internals.class.getName(), e);
    }
  }

  /** The app's response writer (the one its dispatcher renders with). */
  static ResponseWriter responseWriter(Brisk app) {
    Dispatcher dispatcher = fieldOfType(AppRuntime.of(app), Dispatcher.class);
    return fieldOfType(dispatcher, ResponseWriter.class);
  }

  private static <T> T fieldOfType(Object owner, Class<T> type) {
    for (Field f : owner.getClass().getDeclaredFields()) {
      if (f.getType() == type) {
        try {
          f.setAccessible(true);
          return type.cast(f.get(owner));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException(owner.getClass().getName() + " has no " + type.getSimpleName()
        + " field any more; adapt " + Internals.class.getName());
  }

  private static MethodHandle bindHandle() {
    try {
      return MethodHandles.privateLookupIn(Dispatcher.class, MethodHandles.lookup())
          .findStatic(Dispatcher.class, "bind",
              MethodType.methodType(Object[].class, CompiledRoute.class, Exchange.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Dispatcher.bind changed; adapt " + Internals.class.getName(), e);
    }
  }
}

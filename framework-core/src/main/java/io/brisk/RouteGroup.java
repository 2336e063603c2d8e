package io.brisk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group of handlers (and nested groups) under a common prefix and tags, with its own exception
 * handlers: FastAPI's {@code APIRouter}.
 *
 * <pre>{@code
 * app.include(RouteGroup.prefix("/v1").tags("v1")
 *     .include(new ItemsApi())
 *     .include(RouteGroup.prefix("/admin").include(new AdminApi())));
 * }</pre>
 *
 * <p>A group is configured before the app starts and is read once at start-up.
 */
public final class RouteGroup {
  private final String prefix;
  private final List<String> tags = new ArrayList<>();
  private final List<Object> members = new ArrayList<>();
  private final List<Class<?>> dependencies = new ArrayList<>();
  private final List<Middleware> middleware = new ArrayList<>();
  private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers =
      new LinkedHashMap<>();

  private RouteGroup(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  /** A group whose routes all start with this prefix (for example {@code "/v1"}). */
  public static RouteGroup prefix(String prefix) {
    return new RouteGroup(prefix);
  }

  /** Adds tags to every route of the group. */
  public RouteGroup tags(String... newTags) {
    tags.addAll(List.of(newTags));
    return this;
  }

  /** Adds a handler object (its annotated methods become routes) or a nested {@link RouteGroup}. */
  public RouteGroup include(Object handlerOrGroup) {
    members.add(Objects.requireNonNull(handlerOrGroup, "handlerOrGroup"));
    return this;
  }

  /** Dependencies resolved before every route of the group, for their effect (an auth check, say). */
  public RouteGroup dependencies(Class<?>... types) {
    dependencies.addAll(List.of(types));
    return this;
  }

  /** Adds middleware around the handlers of every route of the group, in order (outermost first). */
  public RouteGroup use(Middleware... newMiddleware) {
    middleware.addAll(List.of(newMiddleware));
    return this;
  }

  /** The group's middleware. */
  public List<Middleware> middleware() {
    return List.copyOf(middleware);
  }

  /** The group's side-effect dependencies. */
  public List<Class<?>> dependencies() {
    return List.copyOf(dependencies);
  }

  /** Handles exceptions of this type thrown by the group's routes, before the app's handlers. */
  public <E extends Throwable> RouteGroup exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
    exceptionHandlers.put(type, handler);
    return this;
  }

  /** The prefix. */
  public String prefix() {
    return prefix;
  }

  /** The tags. */
  public List<String> tags() {
    return List.copyOf(tags);
  }

  /** The handler objects and nested groups, in the order included. */
  public List<Object> members() {
    return List.copyOf(members);
  }

  /** The exception handlers registered on this group. */
  public Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers() {
    return Map.copyOf(exceptionHandlers);
  }
}

package io.brisk;

import io.brisk.security.SecurityRequirement;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * One endpoint of the app, fixed at start-up: the single model that binding, validation,
 * generated documentation and the test client all read.
 *
 * <p>Instances are immutable and are built by {@link Brisk} from annotated handler methods.
 */
public final class Route {
  private final HttpMethod httpMethod;
  private final String path;
  private final Class<?> handlerClass;
  private final Method handlerMethod;
  private final List<RouteParameter> parameters;
  private final Type responseType;
  private final int status;
  private final List<String> tags;
  private final String summary;
  private final String description;
  private final String operationId;
  private final boolean deprecated;
  private final ExecutionMode execution;
  private final String produces;
  private final boolean hidden;
  private final List<RouteParameter> dependencies;
  private final List<SecurityRequirement> security;
  private final List<String> requiredScopes;
  private final boolean webSocket;

  /** Creates a route description; Brisk builds these, users read them. */
  public Route(
      HttpMethod httpMethod,
      String path,
      Class<?> handlerClass,
      Method handlerMethod,
      List<RouteParameter> parameters,
      Type responseType,
      int status,
      List<String> tags,
      String summary,
      String description,
      String operationId,
      boolean deprecated,
      ExecutionMode execution,
      String produces,
      boolean hidden,
      List<RouteParameter> dependencies,
      List<SecurityRequirement> security,
      List<String> requiredScopes,
      boolean webSocket) {
    this.httpMethod = httpMethod;
    this.path = path;
    this.handlerClass = handlerClass;
    this.handlerMethod = handlerMethod;
    this.parameters = List.copyOf(parameters);
    this.responseType = responseType;
    this.status = status;
    this.tags = List.copyOf(tags);
    this.summary = summary;
    this.description = description;
    this.operationId = operationId;
    this.deprecated = deprecated;
    this.execution = execution;
    this.produces = produces;
    this.hidden = hidden;
    this.dependencies = List.copyOf(dependencies);
    this.security = List.copyOf(security);
    this.requiredScopes = List.copyOf(requiredScopes);
    this.webSocket = webSocket;
  }

  /** Whether this is a WebSocket endpoint ({@code @WebSocket}); such routes are hidden from OpenAPI. */
  public boolean webSocket() {
    return webSocket;
  }

  /** The security schemes whose credentials the route's dependencies read, with required scopes. */
  public List<SecurityRequirement> security() {
    return security;
  }

  /** The OAuth2 scopes the route requires ({@code @Scopes} on it, its class and its parameters). */
  public List<String> requiredScopes() {
    return requiredScopes;
  }

  /** The HTTP method. */
  public HttpMethod httpMethod() {
    return httpMethod;
  }

  /** The full path template, prefixes included, for example {@code /v1/items/{itemId}}. */
  public String path() {
    return path;
  }

  /** The class that declares the handler. */
  public Class<?> handlerClass() {
    return handlerClass;
  }

  /** The handler method. */
  public Method handlerMethod() {
    return handlerMethod;
  }

  /** The inputs, in the handler's declaration order (context objects included). */
  public List<RouteParameter> parameters() {
    return parameters;
  }

  /** The inputs from one source. */
  public List<RouteParameter> parameters(ParamSource source) {
    return parameters.stream().filter(p -> p.source() == source).toList();
  }

  /** The body parameter, when the route takes one. */
  public Optional<RouteParameter> body() {
    return parameters.stream().filter(p -> p.source() == ParamSource.BODY).findFirst();
  }

  /**
   * The type of the success body, unwrapped from {@code Response<T>} and {@code CompletionStage<T>};
   * {@code void.class} when there is none.
   */
  public Type responseType() {
    return responseType;
  }

  /** The success status (200 by default, 204 for {@code void}, else {@code @Status}). */
  public int status() {
    return status;
  }

  /** The tags of the router, groups and method. */
  public List<String> tags() {
    return tags;
  }

  /** The one-line summary; empty when none. */
  public String summary() {
    return summary;
  }

  /** The description; empty when none. */
  public String description() {
    return description;
  }

  /** The explicit operation id; empty means the documentation derives one from the method name. */
  public String operationId() {
    return operationId;
  }

  /** Whether the handler is annotated {@link Deprecated}. */
  public boolean deprecated() {
    return deprecated;
  }

  /** Where the handler runs. */
  public ExecutionMode execution() {
    return execution;
  }

  /** The declared response content type ({@code @Produces}); empty when the body type decides. */
  public String produces() {
    return produces;
  }

  /** Whether the route is left out of generated documentation ({@code @Hidden}). */
  public boolean hidden() {
    return hidden;
  }

  /**
   * Dependencies resolved before the handler for their effect only ({@code @DependsOn}, group and
   * app dependencies), in resolution order; their inputs are their {@link RouteParameter#members()}.
   */
  public List<RouteParameter> dependencies() {
    return dependencies;
  }

  @Override
  public String toString() {
    return httpMethod + " " + path + " -> " + handlerClass.getSimpleName() + "." + handlerMethod.getName();
  }
}

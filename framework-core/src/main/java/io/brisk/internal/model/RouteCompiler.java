package io.brisk.internal.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.ExceptionHandler;
import io.brisk.ExecutionMode;
import io.brisk.Middleware;
import io.brisk.ParamSource;
import io.brisk.Response;
import io.brisk.Route;
import io.brisk.RouteGroup;
import io.brisk.RouteParameter;
import io.brisk.annotation.DependsOn;
import io.brisk.annotation.Hidden;
import io.brisk.annotation.NonBlocking;
import io.brisk.annotation.Produces;
import io.brisk.annotation.Router;
import io.brisk.annotation.Status;
import io.brisk.annotation.UseMiddleware;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.binding.Converters;
import io.brisk.internal.di.DependencyBinder;
import io.brisk.security.Scopes;
import io.brisk.security.SecurityRequirement;
import io.brisk.security.SecurityScheme;
import io.brisk.internal.routing.PathTemplate;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Turns handler objects and {@link RouteGroup}s into {@link CompiledRoute}s: the one reflection
 * pass of the app. Every declaration mistake is reported here, naming the class and method.
 */
public final class RouteCompiler {
  private final ParameterFactory parameters;
  private final DependencyCompiler dependencies;
  private final ExecutionMode defaultExecution;
  private final Map<Class<?>, SecurityScheme> schemes = new java.util.HashMap<>();

  /** A compiler using the app's converters, JSON mapper, dependencies, default execution mode and schemes. */
  public RouteCompiler(Converters converters, ObjectMapper mapper, DependencyCompiler dependencies,
      ExecutionMode defaultExecution, List<SecurityScheme> securitySchemes) {
    for (SecurityScheme s : securitySchemes) {
      schemes.put(s.credentialType(), s);
    }
    this.dependencies = dependencies;
    this.parameters = new ParameterFactory(converters, mapper, dependencies);
    this.defaultExecution = defaultExecution;
  }

  /**
   * Compiles a handler object or a group, under the given prefix, tags, group handlers and
   * side-effect dependencies (outermost first).
   */
  public List<CompiledRoute> compile(
      Object member, String prefix, List<String> tags,
      List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> handlers, List<Class<?>> sideEffects,
      List<Middleware> middleware) {
    List<CompiledRoute> out = new ArrayList<>();
    if (member instanceof RouteGroup group) {
      List<String> groupTags = concat(tags, group.tags());
      List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> groupHandlers = new ArrayList<>();
      if (!group.exceptionHandlers().isEmpty()) {
        groupHandlers.add(group.exceptionHandlers());
      }
      groupHandlers.addAll(handlers);
      List<Class<?>> groupEffects = new ArrayList<>(sideEffects);
      groupEffects.addAll(group.dependencies());
      List<Middleware> groupMiddleware = new ArrayList<>(middleware);
      groupMiddleware.addAll(group.middleware());
      for (Object child : group.members()) {
        out.addAll(compile(child, join(prefix, group.prefix()), groupTags, List.copyOf(groupHandlers),
            List.copyOf(groupEffects), List.copyOf(groupMiddleware)));
      }
      return out;
    }
    Class<?> type = member.getClass();
    Router router = type.getAnnotation(Router.class);
    String classPrefix = join(prefix, router == null ? "" : router.prefix());
    List<String> classTags = concat(tags, router == null ? List.of() : List.of(router.tags()));
    List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
    // getMethods() has no defined order: sort so that route order (and documents) are stable.
    methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
    for (Method m : methods) {
      for (HandlerMapping mapping : HandlerMapping.of(m)) {
        out.add(compileMethod(member, m, mapping, classPrefix, classTags, handlers, sideEffects, middleware));
      }
    }
    if (out.isEmpty()) {
      throw new StartupException(type.getName() + " has no public method annotated @Get, @Post, @Put, @Patch,"
          + " @Delete, @Head or @Options, so including it adds no route");
    }
    return out;
  }

  private CompiledRoute compileMethod(
      Object target, Method m, HandlerMapping mapping, String prefix, List<String> tags,
      List<Map<Class<? extends Throwable>, ExceptionHandler<?>>> handlers, List<Class<?>> inherited,
      List<Middleware> groupMiddleware) {
    String where = m.getDeclaringClass().getName() + "." + m.getName();
    if (Modifier.isStatic(m.getModifiers())) {
      throw new StartupException(where + " is static; handlers are instance methods");
    }
    String fullPath = join(prefix, mapping.path());
    if (fullPath.isEmpty()) {
      fullPath = "/";
    }
    PathTemplate template;
    try {
      template = PathTemplate.parse(fullPath);
    } catch (IllegalArgumentException e) {
      throw new StartupException(where + ": " + e.getMessage());
    }
    List<String> variables = template.variables();
    Parameter[] declared = m.getParameters();
    List<RouteParameter> models = new ArrayList<>();
    ArgumentBinder[] binders = new ArgumentBinder[declared.length];
    Set<String> boundVariables = new HashSet<>();
    String bodyName = null;
    for (int i = 0; i < declared.length; i++) {
      ParameterFactory.Bound b = parameters.create(declared[i], i, variables, where);
      if (b.model().source() == ParamSource.BODY) {
        if (bodyName != null) {
          throw new StartupException(where + " has two body parameters, '" + bodyName + "' and '"
              + b.model().javaName() + "'; a request has one body: wrap them in one record");
        }
        bodyName = b.model().javaName();
      }
      if (b.model().source() == ParamSource.PATH) {
        boundVariables.add(b.model().name());
      }
      if (b.binder() instanceof DependencyBinder d) {
        checkDependencyPath(d, variables, fullPath, where);
        boundVariables.addAll(d.def().pathVariables());
      }
      models.add(b.model());
      binders[i] = b.binder();
    }
    List<Class<?>> effects = new ArrayList<>(inherited);
    DependsOn classLevel = m.getDeclaringClass().getAnnotation(DependsOn.class);
    if (classLevel != null) {
      effects.addAll(List.of(classLevel.value()));
    }
    DependsOn methodLevel = m.getAnnotation(DependsOn.class);
    if (methodLevel != null) {
      effects.addAll(List.of(methodLevel.value()));
    }
    List<RouteParameter> effectModels = new ArrayList<>();
    List<ArgumentBinder> effectBinders = new ArrayList<>();
    for (Class<?> type : effects) {
      ParameterFactory.Bound b = dependencies.bound(type, null, null, -1, where);
      DependencyBinder d = (DependencyBinder) b.binder();
      checkDependencyPath(d, variables, fullPath, where);
      boundVariables.addAll(d.def().pathVariables());
      effectModels.add(b.model());
      effectBinders.add(d);
    }
    if (bodyName != null && models.stream().anyMatch(mp -> mp.source() == ParamSource.FORM || mp.source() == ParamSource.FILE)) {
      throw new StartupException(where + " reads both a JSON body ('" + bodyName + "') and form fields;"
          + " a request has one body");
    }
    for (String v : variables) {
      if (!boundVariables.contains(v)) {
        throw new StartupException(where + ": path variable '{" + v + "}' of " + fullPath
            + " has no parameter; add one named '" + v + "' or annotated @Path(\"" + v + "\")");
      }
    }
    List<String> scopes = scopes(m, models, effectModels);
    List<SecurityRequirement> security = new ArrayList<>();
    collectSecurity(models, scopes, security);
    collectSecurity(effectModels, scopes, security);
    Type responseType = unwrap(m.getGenericReturnType());
    Status status = m.getAnnotation(Status.class);
    int code = status != null ? status.value() : (responseType == void.class || responseType == Void.class ? 204 : 200);
    boolean async = CompletionStage.class.isAssignableFrom(m.getReturnType());
    boolean nonBlocking = m.isAnnotationPresent(NonBlocking.class)
        || m.getDeclaringClass().isAnnotationPresent(NonBlocking.class);
    ExecutionMode execution = async || nonBlocking ? ExecutionMode.EVENT_LOOP : defaultExecution;
    if (mapping.webSocket()) {
      long sessions = models.stream().filter(mp -> mp.type() == io.brisk.WebSocketSession.class).count();
      if (sessions != 1 || m.getReturnType() != void.class) {
        throw new StartupException(where + ": a @WebSocket handler returns void and takes one WebSocketSession");
      }
      execution = ExecutionMode.VIRTUAL_THREAD; // it lives as long as the connection
      code = 101;
    }
    Produces produces = m.getAnnotation(Produces.class);
    String producedType = produces != null ? produces.value() : streamMediaType(responseType);
    Route route = new Route(mapping.method(), fullPath, m.getDeclaringClass(), m, models, responseType, code,
        concat(tags, mapping.tags()), mapping.summary(), mapping.description(), mapping.operationId(),
        m.isAnnotationPresent(Deprecated.class), execution, producedType,
        mapping.webSocket() || m.isAnnotationPresent(Hidden.class) || m.getDeclaringClass().isAnnotationPresent(Hidden.class),
        effectModels, security, scopes, mapping.webSocket());
    return new CompiledRoute(route, binders, invoker(target, m, where), null, handlers, bodyName != null, status != null,
        variables, effectBinders.toArray(ArgumentBinder[]::new), middleware(m, groupMiddleware, where));
  }

  private static List<String> scopes(Method m, List<RouteParameter> params, List<RouteParameter> effects) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    Scopes onClass = m.getDeclaringClass().getAnnotation(Scopes.class);
    if (onClass != null) {
      out.addAll(List.of(onClass.value()));
    }
    Scopes onMethod = m.getAnnotation(Scopes.class);
    if (onMethod != null) {
      out.addAll(List.of(onMethod.value()));
    }
    parameterScopes(params, out);
    parameterScopes(effects, out);
    return List.copyOf(out);
  }

  /** {@code @Scopes} on parameters of the handler and, recursively, of its dependencies' providers. */
  private static void parameterScopes(List<RouteParameter> params, java.util.Set<String> out) {
    for (RouteParameter p : params) {
      Scopes onParameter = p.element() == null ? null : p.element().getAnnotation(Scopes.class);
      if (onParameter != null) {
        out.addAll(List.of(onParameter.value()));
      }
      parameterScopes(p.members(), out);
    }
  }

  /** Finds the security schemes whose credentials a route reads, through its whole dependency chain. */
  private void collectSecurity(List<RouteParameter> params, List<String> scopes, List<SecurityRequirement> out) {
    for (RouteParameter p : params) {
      if (p.source() != ParamSource.DEPENDENCY) {
        continue;
      }
      Type t = p.type();
      if (t instanceof ParameterizedType pt && pt.getRawType() == java.util.Optional.class) {
        t = pt.getActualTypeArguments()[0];
      }
      SecurityScheme scheme = t instanceof Class<?> c ? schemes.get(c) : null;
      if (scheme != null && out.stream().noneMatch(r -> r.scheme() == scheme)) {
        out.add(new SecurityRequirement(scheme,
            scheme instanceof io.brisk.security.OAuth2PasswordBearer ? scopes : List.of()));
      }
      collectSecurity(p.members(), scopes, out);
    }
  }

  private static Middleware[] middleware(Method m, List<Middleware> groupMiddleware, String where) {
    List<Middleware> out = new ArrayList<>(groupMiddleware);
    for (UseMiddleware use : new UseMiddleware[] {
        m.getDeclaringClass().getAnnotation(UseMiddleware.class), m.getAnnotation(UseMiddleware.class)}) {
      if (use == null) {
        continue;
      }
      for (Class<? extends Middleware> type : use.value()) {
        try {
          java.lang.reflect.Constructor<? extends Middleware> ctor = type.getDeclaredConstructor();
          ctor.setAccessible(true);
          out.add(ctor.newInstance());
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new StartupException(where + ": cannot make middleware " + type.getName()
              + " (it needs a public no-argument constructor): " + e);
        }
      }
    }
    return out.toArray(Middleware[]::new);
  }

  private static void checkDependencyPath(DependencyBinder d, List<String> variables, String path, String where) {
    for (String v : d.def().pathVariables()) {
      if (!variables.contains(v)) {
        throw new StartupException(where + ": its dependency " + d.def().key().getSimpleName()
            + " reads path variable '" + v + "', but " + path + " has only " + variables);
      }
    }
  }

  /**
   * The default media type of a streamed return type: {@code text/event-stream} for streams of
   * {@link io.brisk.ServerSentEvent}, JSON Lines for other streams; empty for everything else.
   */
  private static String streamMediaType(Type type) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
        : type instanceof Class<?> c ? c : Object.class;
    boolean stream = java.util.stream.Stream.class.isAssignableFrom(raw) || java.util.Iterator.class.isAssignableFrom(raw)
        || java.util.concurrent.Flow.Publisher.class.isAssignableFrom(raw);
    if (!stream) {
      return "";
    }
    Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    return element == io.brisk.ServerSentEvent.class ? "text/event-stream" : "application/jsonl";
  }

  /** The success body type: {@code Response<T>} and {@code CompletionStage<T>} give {@code T}. */
  static Type unwrap(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Response.class || CompletionStage.class.isAssignableFrom(raw)) {
        return unwrap(p.getActualTypeArguments()[0]);
      }
    }
    if (type == Response.class || (type instanceof Class<?> c && CompletionStage.class.isAssignableFrom(c))) {
      return Object.class;
    }
    return type;
  }

  private static MethodHandle invoker(Object target, Method m, String where) {
    try {
      try {
        m.setAccessible(true);
      } catch (RuntimeException e) {
        // A public method of an exported package needs no access override.
      }
      MethodHandle handle = MethodHandles.lookup().unreflect(m).bindTo(target);
      return handle.asSpreader(Object[].class, m.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (IllegalAccessException e) {
      throw new StartupException(where + " cannot be called: " + e.getMessage());
    }
  }

  private static String join(String prefix, String path) {
    String p = trimSlash(prefix);
    String s = path;
    if (!s.isEmpty() && !s.startsWith("/")) {
      s = "/" + s;
    }
    return p + s;
  }

  private static String trimSlash(String prefix) {
    String p = prefix;
    if (!p.isEmpty() && !p.startsWith("/")) {
      p = "/" + p;
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}

package io.brisk.internal.model;

import io.brisk.ParamSource;
import io.brisk.RouteParameter;
import io.brisk.Scope;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.internal.di.DependencyBinder;
import io.brisk.internal.di.DependencyDef;
import io.brisk.internal.di.DependencyResolver;
import io.brisk.internal.di.ProviderRegistry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles dependencies once each: the provider method (or the only public constructor of a
 * class-based dependency), the binders of its inputs, and the checks that belong to start-up:
 * cycles (reported with the chain), application scope reading request input.
 */
public final class DependencyCompiler {
  private final ProviderRegistry registry;
  private final DependencyResolver resolver;
  private final Map<Class<?>, DependencyDef> compiled = new LinkedHashMap<>();
  private final Deque<Class<?>> stack = new ArrayDeque<>();
  private ParameterFactory parameters;

  /** A compiler over the app's providers. */
  public DependencyCompiler(ProviderRegistry registry, DependencyResolver resolver) {
    this.registry = registry;
    this.resolver = resolver;
  }

  void parameters(ParameterFactory factory) {
    this.parameters = factory;
  }

  /** Whether a parameter type is a dependency without {@code @Depends} (it has a provider). */
  boolean isProvided(Class<?> type) {
    return registry.provides(type);
  }

  /** Every dependency compiled so far. */
  public Collection<DependencyDef> all() {
    return compiled.values();
  }

  /** A binder resolving the dependency, and its model as a route parameter. */
  ParameterFactory.Bound bound(Class<?> key, Parameter p, String javaName, int index, String at) {
    DependencyDef def = compile(key, at);
    if (p == null) {
      return new ParameterFactory.Bound(
          new RouteParameter(key.getSimpleName(), ParamSource.DEPENDENCY, key, def.source().getAnnotatedReturnType(),
              def.source(), def.inputs()),
          new DependencyBinder(def, resolver));
    }
    RouteParameter model = new RouteParameter(key.getSimpleName(), javaName == null ? key.getSimpleName() : javaName,
        ParamSource.DEPENDENCY, p == null ? def.source().getAnnotatedReturnType() : p.getAnnotatedType(),
        p == null ? def.source() : p, false, null, "",
        index, def.inputs());
    return new ParameterFactory.Bound(model, new DependencyBinder(def, resolver));
  }

  /** Compiles a dependency asked for by code outside any route (after start-up). */
  public synchronized DependencyDef compileOutsideRoutes(Class<?> key) {
    return compile(key, "dependency " + key.getName());
  }

  /** Compiles a dependency (cached). */
  DependencyDef compile(Class<?> key, String at) {
    DependencyDef done = compiled.get(key);
    if (done != null) {
      return done;
    }
    if (stack.contains(key)) {
      List<Class<?>> chain = new ArrayList<>(stack);
      java.util.Collections.reverse(chain);
      chain.add(key);
      throw new StartupException(at + ": dependency cycle "
          + chain.stream().map(Class::getSimpleName).collect(Collectors.joining(" -> ")));
    }
    stack.push(key);
    try {
      DependencyDef def = build(key, at);
      compiled.put(key, def);
      return def;
    } finally {
      stack.pop();
    }
  }

  private DependencyDef build(Class<?> key, String at) {
    ProviderRegistry.Registered registered = registry.get(key);
    Executable source;
    MethodHandle invoker;
    Scope scope;
    try {
      if (registered != null) {
        Method m = registered.method();
        m.setAccessible(true);
        source = m;
        scope = registered.scope();
        invoker = MethodHandles.lookup().unreflect(m).bindTo(registered.target());
      } else {
        Constructor<?> ctor = onlyConstructor(key, at);
        ctor.setAccessible(true);
        source = ctor;
        scope = Scope.REQUEST;
        invoker = MethodHandles.lookup().unreflectConstructor(ctor);
      }
    } catch (IllegalAccessException | RuntimeException e) {
      throw new StartupException(at + ": cannot call the provider of " + key.getName() + ": " + e.getMessage());
    }
    invoker = invoker.asSpreader(Object[].class, source.getParameterCount())
        .asType(MethodType.methodType(Object.class, Object[].class));
    String where = source.getDeclaringClass().getName() + "." + (source instanceof Method m ? m.getName() : "<init>");
    Parameter[] declared = source.getParameters();
    ArgumentBinder[] binders = new ArgumentBinder[declared.length];
    List<RouteParameter> inputs = new ArrayList<>();
    Set<String> pathVariables = new HashSet<>();
    for (int i = 0; i < declared.length; i++) {
      ParameterFactory.Bound b = parameters.create(declared[i], i, null, where);
      RouteParameter model = b.model();
      if (scope == Scope.APPLICATION) {
        boolean appInput = b.binder() instanceof DependencyBinder d && d.def().scope() == Scope.APPLICATION;
        if (!appInput) {
          throw new StartupException(where + ": the application-scoped " + key.getSimpleName()
              + " cannot depend on per-request input '" + model.javaName() + "' (" + model.source().locName() + ")");
        }
      }
      if (model.source() == ParamSource.PATH) {
        pathVariables.add(model.name());
      }
      if (b.binder() instanceof DependencyBinder d) {
        pathVariables.addAll(d.def().pathVariables());
      }
      binders[i] = b.binder();
      inputs.add(model);
    }
    return new DependencyDef(key, scope, source, invoker, binders, inputs, pathVariables);
  }

  private static Constructor<?> onlyConstructor(Class<?> key, String at) {
    if (key.isInterface() || Modifier.isAbstract(key.getModifiers()) || key.isPrimitive() || key.isArray()) {
      throw new StartupException(at + ": no provider for " + key.getName()
          + "; register one with app.provider(object with a @Provides method returning it)");
    }
    Constructor<?>[] ctors = key.getConstructors();
    if (ctors.length != 1) {
      throw new StartupException(at + ": " + key.getName() + " has no registered provider and "
          + (ctors.length == 0 ? "no public constructor" : ctors.length + " public constructors")
          + "; a class-based dependency has exactly one");
    }
    return ctors[0];
  }
}

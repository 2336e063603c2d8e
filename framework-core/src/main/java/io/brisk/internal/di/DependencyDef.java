package io.brisk.internal.di;

import io.brisk.RouteParameter;
import io.brisk.Scope;
import io.brisk.internal.binding.ArgumentBinder;
import io.brisk.spi.ArgumentsValidator;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Executable;
import java.util.List;
import java.util.Set;

/**
 * One dependency, compiled once: how to make its value (a provider method or a constructor), the
 * binders of its own inputs, its scope, and the path variables it reads (directly or below).
 */
public final class DependencyDef {
  final Class<?> key;
  final Scope scope;
  final Executable source;
  final MethodHandle invoker;
  final ArgumentBinder[] binders;
  final List<RouteParameter> inputs;
  final Set<String> pathVariables;
  volatile ArgumentsValidator validator;

  public DependencyDef(Class<?> key, Scope scope, Executable source, MethodHandle invoker, ArgumentBinder[] binders,
      List<RouteParameter> inputs, Set<String> pathVariables) {
    this.key = key;
    this.scope = scope;
    this.source = source;
    this.invoker = invoker;
    this.binders = binders;
    this.inputs = List.copyOf(inputs);
    this.pathVariables = Set.copyOf(pathVariables);
  }

  /** The dependency type. */
  public Class<?> key() {
    return key;
  }

  /** Its scope. */
  public Scope scope() {
    return scope;
  }

  /** The provider method or constructor. */
  public Executable source() {
    return source;
  }

  /** Its own inputs, as route parameters (dependencies among them carry theirs as members). */
  public List<RouteParameter> inputs() {
    return inputs;
  }

  /** Path variables it reads, directly or through its own dependencies. */
  public Set<String> pathVariables() {
    return pathVariables;
  }

  /** Attaches the validator of its inputs. */
  public void validator(ArgumentsValidator v) {
    this.validator = v;
  }

  @Override
  public String toString() {
    return key.getSimpleName() + " (" + scope.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}

package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Component names: a class's simple name, unless another class of the app (or a schema the
 * module writes itself) has the same simple name; those classes are named by their qualified
 * name. The document is built again when a collision shows up, so names depend on the set of
 * classes and not on the order in which they are met.
 */
final class SchemaNames extends TypeNameResolver {
  private final Set<Class<?>> qualified;
  private final Set<String> reserved;
  private final Map<String, Set<Class<?>>> seen = new HashMap<>();
  private final Map<String, JavaType> types = new HashMap<>();

  SchemaNames(Set<Class<?>> qualified, Set<String> reserved) {
    this.qualified = qualified;
    this.reserved = reserved;
  }

  @Override
  protected String getNameOfClass(Class<?> cls) {
    String simple = cls.getSimpleName();
    if (qualified.contains(cls) || reserved.contains(simple)) {
      return qualifiedName(cls);
    }
    seen.computeIfAbsent(simple, k -> new LinkedHashSet<>()).add(cls);
    return simple;
  }

  @Override
  public String nameForType(JavaType type, Set<Options> options) {
    String name = super.nameForType(type, options);
    types.putIfAbsent(name, type);
    return name;
  }

  /** The Java type a component name was given to, or {@code null}. */
  JavaType typeOf(String name) {
    return types.get(name);
  }

  /** The classes that shared a simple name with another class in this pass. */
  Set<Class<?>> collisions() {
    Set<Class<?>> out = new HashSet<>();
    for (Set<Class<?>> classes : seen.values()) {
      if (classes.size() > 1) {
        out.addAll(classes);
      }
    }
    return out;
  }

  /** The qualified name with {@code $} of nested classes as {@code .}: a valid component name. */
  static String qualifiedName(Class<?> cls) {
    return cls.getName().replace('$', '.');
  }
}

package io.brisk.internal.model;

import io.brisk.internal.binding.ValueShape;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the wrapper ({@code Optional}, {@code List}, {@code Set}) and element type of a parameter type. */
final class TypeShapes {
  private TypeShapes() {}

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  static ValueShape shape(Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return ValueShape.OPTIONAL;
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return ValueShape.LIST;
    }
    if (raw == Set.class) {
      return ValueShape.SET;
    }
    return ValueShape.SINGLE;
  }

  /** The element type of a wrapper, or the type itself. */
  static Type element(Type type) {
    if (shape(type) != ValueShape.SINGLE && type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  /** The annotated element type of a wrapper, or the annotated type itself. */
  static AnnotatedType element(AnnotatedType type) {
    if (shape(type.getType()) != ValueShape.SINGLE && type instanceof AnnotatedParameterizedType p) {
      return p.getAnnotatedActualTypeArguments()[0];
    }
    return type;
  }

  /** Whether a type reads as a JSON body by default: records, maps, and collections of them. */
  static boolean isBodyLike(Type type) {
    Class<?> raw = raw(type);
    if (raw.isRecord() || Map.class.isAssignableFrom(raw)
        || raw.getName().startsWith("com.fasterxml.jackson.databind.")) {
      return true;
    }
    if (raw.isArray() && raw != byte[].class) {
      return isBodyLike(raw.getComponentType());
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return isBodyLike(element(type));
    }
    return false;
  }
}

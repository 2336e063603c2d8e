package io.brisk.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The rule for which record components a JSON body must carry: like a handler parameter, a
 * component is required unless its type is {@code Optional} (or {@code OptionalInt}, ...) or it is
 * annotated {@code @Nullable} (any annotation of that simple name: JSpecify, Jakarta, JSR 305...,
 * on the component or its type). A required component may be neither absent nor {@code null}.
 */
public final class RequiredComponents {
  private RequiredComponents() {}

  /**
   * Whether the component must be present and not {@code null}. A read-only component
   * ({@code @JsonProperty(access = READ_ONLY)}: written in responses, ignored in bodies) never is:
   * the client cannot set it, so the record gets its type's default.
   */
  public static boolean isRequired(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    if (property != null && property.access() == JsonProperty.Access.READ_ONLY) {
      return false;
    }
    Class<?> type = component.getType();
    if (type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class) {
      return false;
    }
    return !hasNullable(component.getAnnotations()) && !hasNullable(component.getAnnotatedType().getAnnotations());
  }

  private static boolean hasNullable(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}

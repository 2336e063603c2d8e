package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import io.brisk.RouteParameter;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/** Reads annotations off the route model's elements (no class scanning). */
final class Annotations {
  private Annotations() {}

  /**
   * A parameter's declaration and type-use annotations: a record component keeps its
   * constraints on its type, a method parameter on both.
   */
  static Annotation[] of(RouteParameter p) {
    return merge(p.element().getAnnotations(), p.annotatedType().getAnnotations());
  }

  /** Both arrays, without a second annotation of a type already present. */
  static Annotation[] merge(Annotation[] a, Annotation[] b) {
    List<Annotation> out = new ArrayList<>(List.of(a));
    for (Annotation x : b) {
      if (out.stream().noneMatch(y -> y.annotationType() == x.annotationType())) {
        out.add(x);
      }
    }
    return out.toArray(Annotation[]::new);
  }

  /** Whether any of the annotations is named {@code Nullable}. */
  static boolean hasNullable(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** Whether any annotation of the member is named {@code Nullable} (JSpecify, JSR 305, ...). */
  static boolean hasNullable(AnnotatedMember member) {
    for (Annotation a : member.getAllAnnotations().annotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    if (member.getAnnotated() instanceof java.lang.reflect.Method m) {
      for (Annotation a : m.getAnnotatedReturnType().getAnnotations()) {
        if (a.annotationType().getSimpleName().equals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }
}

package io.brisk.openapi.internal;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The component references inside a schema: listing them, and renaming them in place. */
final class SchemaRefs {
  private SchemaRefs() {}

  /** The names of the components a schema refers to (not following the references). */
  static Set<String> names(Schema<?> schema) {
    Set<String> out = new TreeSet<>();
    visit(schema, s -> {
      out.add(s.get$ref().substring(SchemaKit.REF.length()));
      return s.get$ref();
    }, new IdentityHashMap<>());
    return out;
  }

  /** Replaces the referenced component names, in the schema and every schema inside it. */
  static void rename(Schema<?> schema, UnaryOperator<String> newName) {
    visit(schema, s -> SchemaKit.REF + newName.apply(s.get$ref().substring(SchemaKit.REF.length())),
        new IdentityHashMap<>());
  }

  /** Calls {@code onRef} on every local reference and sets the reference it returns. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void visit(Schema<?> s, java.util.function.Function<Schema<?>, String> onRef,
      Map<Schema<?>, Boolean> seen) {
    if (s == null || seen.put(s, Boolean.TRUE) != null) {
      return;
    }
    if (s.get$ref() != null && s.get$ref().startsWith(SchemaKit.REF)) {
      ((Schema) s).set$ref(onRef.apply(s));
    }
    if (s.getProperties() != null) {
      all(s.getProperties().values(), onRef, seen);
    }
    if (s.getPatternProperties() != null) {
      all(s.getPatternProperties().values(), onRef, seen);
    }
    visit(s.getItems(), onRef, seen);
    if (s.getAdditionalProperties() instanceof Schema<?> additional) {
      visit(additional, onRef, seen);
    }
    all(s.getAllOf(), onRef, seen);
    all(s.getAnyOf(), onRef, seen);
    all(s.getOneOf(), onRef, seen);
    all(s.getPrefixItems(), onRef, seen);
    visit(s.getNot(), onRef, seen);
    visit(s.getContains(), onRef, seen);
  }

  @SuppressWarnings("rawtypes")
  private static void all(Collection<? extends Schema> schemas, java.util.function.Function<Schema<?>, String> onRef,
      Map<Schema<?>, Boolean> seen) {
    if (schemas != null) {
      for (Schema<?> s : schemas) {
        visit(s, onRef, seen);
      }
    }
  }
}

package io.brisk.openapi.internal;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small helpers that write a schema the way its OpenAPI version wants it. */
final class SchemaKit {
  static final String REF = "#/components/schemas/";

  private SchemaKit() {}

  /** An empty schema (any value). */
  static Schema<Object> any(boolean v31) {
    return v31 ? new JsonSchema() : new Schema<>();
  }

  /** A schema of one JSON type. */
  static Schema<Object> of(boolean v31, String type) {
    Schema<Object> s = any(v31);
    if (v31) {
      s.addType(type);
    } else {
      s.setType(type);
    }
    return s;
  }

  /** A schema of one JSON type and format. */
  static Schema<Object> of(boolean v31, String type, String format) {
    Schema<Object> s = of(v31, type);
    s.setFormat(format);
    return s;
  }

  /** A reference to a component. */
  static Schema<Object> ref(boolean v31, String name) {
    Schema<Object> s = any(v31);
    s.set$ref(REF + name);
    return s;
  }

  /** An array of items. */
  static Schema<Object> array(boolean v31, Schema<?> items) {
    Schema<Object> s = of(v31, "array");
    s.setItems(items);
    return s;
  }

  /** The schema's main JSON type, or {@code null}. */
  static String type(Schema<?> s) {
    if (s.getTypes() != null && !s.getTypes().isEmpty()) {
      for (String t : s.getTypes()) {
        if (!"null".equals(t)) {
          return t;
        }
      }
    }
    return s.getType();
  }

  static boolean isArray(Schema<?> s) {
    return "array".equals(type(s));
  }

  static boolean isString(Schema<?> s) {
    return "string".equals(type(s));
  }

  /**
   * The schema, made to accept {@code null}: in 3.1 {@code "null"} joins the types (a reference
   * becomes {@code oneOf: [ref, {type: null}]}); in 3.0 {@code nullable: true} (a reference is
   * wrapped in {@code allOf}).
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static Schema<?> nullable(boolean v31, Schema<?> s) {
    if (s.get$ref() != null) {
      Schema wrapper = any(v31);
      wrapper.setDescription(s.getDescription());
      Schema ref = ref(v31, s.get$ref().substring(REF.length()));
      if (v31) {
        wrapper.setOneOf(new ArrayList<>(List.of(ref, of(true, "null"))));
      } else {
        wrapper.setAllOf(new ArrayList<>(List.of(ref)));
        wrapper.setNullable(true);
      }
      return wrapper;
    }
    if (v31) {
      if (s.getTypes() == null || s.getTypes().isEmpty()) {
        return s;
      }
      Set<String> types = new LinkedHashSet<>(s.getTypes());
      types.add("null");
      s.setTypes(types);
      if (s.getEnum() != null && !s.getEnum().contains(null)) {
        List values = new ArrayList<>(s.getEnum());
        values.add(null);
        s.setEnum(values);
      }
    } else {
      s.setNullable(true);
    }
    return s;
  }

  /** The schema, made to refuse {@code null} (swagger-core marks {@code @Nullable} declarations nullable itself). */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static Schema<?> nonNullable(Schema<?> s) {
    if (s.getTypes() != null && s.getTypes().contains("null")) {
      Set<String> types = new LinkedHashSet<>(s.getTypes());
      types.remove("null");
      s.setTypes(types);
    }
    if (s.getEnum() != null && s.getEnum().contains(null)) {
      List values = new ArrayList<>(s.getEnum());
      values.remove(null);
      s.setEnum(values);
    }
    if (Boolean.TRUE.equals(s.getNullable())) {
      s.setNullable(null);
    }
    return s;
  }
}

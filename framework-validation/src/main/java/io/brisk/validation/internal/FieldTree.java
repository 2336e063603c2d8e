package io.brisk.validation.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.brisk.validation.Sensitive;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of an input's type, as errors need it: each property's JSON name (what {@code loc}
 * shows, following the app's Jackson naming), its declaration position (for ordering errors),
 * whether it is {@link Sensitive}, and the element of a list, set, map or array. {@code Optional}
 * is transparent, as in JSON.
 *
 * <p>Built at start-up, once per input type (recursive types share nodes); read-only afterwards,
 * so thread-safe.
 */
final class FieldTree {
  /** A type with no properties of interest (strings, numbers, dates...). */
  static final FieldTree LEAF = new FieldTree();

  /** One property. */
  record Child(String json, int position, boolean sensitive, FieldTree tree) {}

  private final Map<String, Child> byJava = new LinkedHashMap<>();
  private final Map<String, Child> byJson = new HashMap<>();
  private FieldTree items;

  private FieldTree() {}

  /** The tree of a type, read with the app's mapper. */
  static FieldTree of(JavaType type, ObjectMapper mapper) {
    return build(type, mapper, new HashMap<>());
  }

  /** A node whose properties are given (a record grouping query, header or form values). */
  static FieldTree group(List<Child> members, List<String> javaNames) {
    FieldTree t = new FieldTree();
    for (int i = 0; i < members.size(); i++) {
      t.add(javaNames.get(i), members.get(i));
    }
    return t;
  }

  /** A container of one element type. */
  static FieldTree containerOf(FieldTree element) {
    FieldTree t = new FieldTree();
    t.items = element;
    return t;
  }

  /** The property with this Java name, or {@code null}. */
  Child byJava(String name) {
    return byJava.get(name);
  }

  /** The property with this JSON name, or {@code null}. */
  Child byJson(String name) {
    return byJson.get(name);
  }

  /** The element node of a container, or {@code null} when this is not one. */
  FieldTree items() {
    return items;
  }

  /** Whether some property below this node is sensitive. */
  boolean hasSensitive() {
    return hasSensitive(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  private boolean hasSensitive(java.util.Set<FieldTree> visited) {
    if (!visited.add(this)) {
      return false;
    }
    if (items != null && items.hasSensitive(visited)) {
      return true;
    }
    for (Child c : byJava.values()) {
      if (c.sensitive() || c.tree().hasSensitive(visited)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the location below this node, from {@code loc[from]} on, is or is inside a sensitive property. */
  boolean isSensitive(List<Object> loc, int from) {
    FieldTree node = this;
    for (int i = from; i < loc.size() && node != null; i++) {
      if (node.items != null) {
        node = node.items;
        continue;
      }
      Child c = node.byJson.get(String.valueOf(loc.get(i)));
      if (c == null) {
        return false;
      }
      if (c.sensitive()) {
        return true;
      }
      node = c.tree();
    }
    return false;
  }

  private void add(String javaName, Child child) {
    byJava.put(javaName, child);
    byJson.put(child.json(), child);
  }

  private static FieldTree build(JavaType type, ObjectMapper mapper, Map<JavaType, FieldTree> seen) {
    if (type.isReferenceType()) {
      return build(type.getReferencedType(), mapper, seen);
    }
    if (type.isContainerType()) {
      return containerOf(build(type.getContentType(), mapper, seen));
    }
    Class<?> raw = type.getRawClass();
    if (raw.isPrimitive() || raw.isEnum() || raw.isInterface() || raw == Object.class
        || raw.getName().startsWith("java.") || raw.getName().startsWith("com.fasterxml.")) {
      return LEAF;
    }
    FieldTree known = seen.get(type);
    if (known != null) {
      return known;
    }
    FieldTree t = new FieldTree();
    seen.put(type, t);
    BeanDescription description = mapper.getDeserializationConfig().introspect(type);
    int position = 0;
    for (BeanPropertyDefinition p : description.findProperties()) {
      FieldTree child = build(p.getPrimaryType(), mapper, seen);
      t.add(p.getInternalName(), new Child(p.getName(), position++, sensitive(p, raw), child));
    }
    return t;
  }

  private static boolean sensitive(BeanPropertyDefinition p, Class<?> owner) {
    for (AnnotatedMember m : new AnnotatedMember[] {p.getField(), p.getGetter(), p.getSetter(), p.getConstructorParameter()}) {
      if (m != null && m.hasAnnotation(Sensitive.class)) {
        return true;
      }
    }
    if (owner.isRecord()) {
      for (RecordComponent rc : owner.getRecordComponents()) {
        if (rc.getName().equals(p.getInternalName()) && rc.isAnnotationPresent(Sensitive.class)) {
          return true;
        }
      }
    }
    return false;
  }
}

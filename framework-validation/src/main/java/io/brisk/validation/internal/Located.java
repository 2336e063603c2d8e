package io.brisk.validation.internal;

import io.brisk.ValidationError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Array;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A violation turned into an error, with what orders it: the parameter, then the position of its
 * first property in the declaration, then the rest of the location.
 *
 * @param parameter the handler parameter's position
 * @param position the declaration position of the first property below the input, or -1
 * @param error the error
 */
record Located(int parameter, int position, ValidationError error) {
  /** Parameter order, then declaration order, then location, then type. */
  static final Comparator<Located> ORDER = Comparator.comparingInt(Located::parameter)
      .thenComparingInt(Located::position)
      .thenComparing((a, b) -> compareLoc(a.error().loc(), b.error().loc()))
      .thenComparing(l -> l.error().type());

  /**
   * The error of a violation of the input at {@code prefix} (its {@code loc} start) whose type is
   * {@code tree}; the violation's path is relative to that input (method and parameter nodes are
   * skipped).
   */
  static Located of(int parameter, ConstraintViolation<?> v, List<Object> prefix, FieldTree tree) {
    List<Object> loc = new ArrayList<>(prefix.size() + 2);
    loc.addAll(prefix);
    FieldTree node = tree;
    int position = -1;
    for (Path.Node n : v.getPropertyPath()) {
      ElementKind kind = n.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
          || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      if (n.getIndex() != null) {
        loc.add(n.getIndex());
        node = node == null ? null : node.items();
      } else if (n.getKey() != null) {
        loc.add(String.valueOf(n.getKey()));
        node = node == null ? null : node.items();
      } else if (n.isInIterable()) {
        node = node == null ? null : node.items();
      }
      if (kind == ElementKind.PROPERTY) {
        FieldTree.Child c = node == null ? null : node.byJava(n.getName());
        loc.add(c == null ? n.getName() : c.json());
        if (position < 0) {
          position = c == null ? Integer.MAX_VALUE : c.position();
        }
        node = c == null ? null : c.tree();
      }
    }
    ConstraintErrors.Described d = ConstraintErrors.describe(v);
    Object input = d.type().equals("missing") ? null : input(v.getInvalidValue());
    return new Located(parameter, position, new ValidationError(loc, d.msg(), d.type(), input, d.ctx()));
  }

  /**
   * The value shown as {@code input}: scalars, and lists and maps of them; {@code null} for
   * objects, so that an error never echoes a whole record (and what it nests).
   */
  static Object input(Object value) {
    if (value == null || isScalar(value)) {
      return value instanceof Enum<?> e ? e.name() : value;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object item : c) {
        if (item != null && !isScalar(item)) {
          return null;
        }
        out.add(item instanceof Enum<?> e ? e.name() : item);
      }
      return out;
    }
    if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Object item = Array.get(value, i);
        if (item != null && !isScalar(item)) {
          return null;
        }
        out.add(item);
      }
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null && !isScalar(e.getValue())) {
          return null;
        }
        out.put(String.valueOf(e.getKey()), e.getValue());
      }
      return out;
    }
    return null;
  }

  private static boolean isScalar(Object v) {
    return v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof Enum<?> || v instanceof TemporalAccessor || v instanceof UUID;
  }

  private static int compareLoc(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c = x instanceof Integer xi && y instanceof Integer yi ? Integer.compare(xi, yi)
          : x instanceof Integer ? -1 : y instanceof Integer ? 1 : x.toString().compareTo(y.toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

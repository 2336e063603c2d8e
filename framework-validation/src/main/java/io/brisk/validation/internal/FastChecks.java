package io.brisk.validation.internal;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.CascadableDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles the common built-in constraints, as Hibernate Validator describes them, into plain
 * checks that can prove a value valid in a few nanoseconds.
 *
 * <p>A check answers {@code true} only when the value certainly has no violation; {@code false}
 * means "not proven", and the caller then asks Hibernate Validator, which stays the only source of
 * errors and messages. So a check may be conservative (floating-point zeros, NaN and infinities
 * are left to the validator) but never lenient. Anything it does not know — another constraint,
 * a group other than {@code Default}, group conversion, class-level or composed constraints,
 * a class that is not a record — makes the whole element unprovable, and the validator runs as
 * before.
 */
final class FastChecks {
  /** Proves a value valid, or answers {@code false} ("ask the validator"). */
  @FunctionalInterface
  interface Check {
    boolean valid(Object value);
  }

  /** Nothing to check. */
  static final Check NONE = v -> true;

  private static final Set<Class<?>> DEFAULT_ONLY = Set.of(Default.class);

  private final Validator validator;
  private final ClassValue<Check> beans = new ClassValue<>() {
    @Override
    protected Check computeValue(Class<?> type) {
      return compileBean(type);
    }
  };

  FastChecks(Validator validator) {
    this.validator = validator;
  }

  /** The check of a bean of this runtime class (records only), or {@code null} when unprovable. */
  Check bean(Class<?> type) {
    return beans.get(type);
  }

  /** A check proving a bean valid whatever its class, looked up per value. */
  Check anyBean() {
    return value -> {
      if (value == null) {
        return true;
      }
      Check c = bean(value.getClass());
      return c != null && c.valid(value);
    };
  }

  /**
   * The check of one constrained element (a parameter, a property): its own constraints, its
   * container elements' and its cascade; {@code null} when unprovable.
   */
  Check element(ElementDescriptor element, boolean cascaded, List<ContainerElementTypeDescriptor> containers,
      Set<?> groupConversions) {
    if (!groupConversions.isEmpty()) {
      return null;
    }
    List<Check> parts = new ArrayList<>();
    Check own = constraints(element.getConstraintDescriptors());
    if (own == null) {
      return null;
    }
    if (own != NONE) {
      parts.add(own);
    }
    for (ContainerElementTypeDescriptor c : containers) {
      Check inner = container(c);
      if (inner == null) {
        return null;
      }
      parts.add(inner);
    }
    if (cascaded) {
      parts.add(anyBean());
    }
    return all(parts);
  }

  /** The check of an element described by a cascadable, container-aware descriptor. */
  <D extends ElementDescriptor & CascadableDescriptor & ContainerDescriptor> Check element(D d) {
    return element(d, d.isCascaded(), List.copyOf(d.getConstrainedContainerElementTypes()), d.getGroupConversions());
  }

  private Check container(ContainerElementTypeDescriptor c) {
    if (!c.getConstrainedContainerElementTypes().isEmpty()) {
      return null; // nested containers (List<List<@NotNull X>>): left to the validator
    }
    Check each = element(c, c.isCascaded(), List.of(), c.getGroupConversions());
    if (each == null) {
      return null;
    }
    Class<?> type = c.getContainerClass();
    Integer arg = c.getTypeArgumentIndex();
    if (Optional.class.equals(type)) {
      return v -> v == null || each.valid(((Optional<?>) v).orElse(null));
    }
    if (Iterable.class.isAssignableFrom(type) && Integer.valueOf(0).equals(arg)) {
      return v -> {
        if (v == null) {
          return true;
        }
        for (Object item : (Iterable<?>) v) {
          if (!each.valid(item)) {
            return false;
          }
        }
        return true;
      };
    }
    if (Map.class.isAssignableFrom(type) && Integer.valueOf(1).equals(arg)) {
      return v -> {
        if (v == null) {
          return true;
        }
        for (Object item : ((Map<?, ?>) v).values()) {
          if (!each.valid(item)) {
            return false;
          }
        }
        return true;
      };
    }
    return null;
  }

  private Check compileBean(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      return null; // class-level constraints see the whole object: left to the validator
    }
    List<Check> parts = new ArrayList<>();
    for (PropertyDescriptor p : bean.getConstrainedProperties()) {
      Check check = element(p);
      MethodHandle accessor = accessor(type, p.getPropertyName());
      if (check == null || accessor == null) {
        return null;
      }
      parts.add(value -> {
        try {
          return check.valid(accessor.invoke(value));
        } catch (Throwable e) {
          return false; // an accessor that fails: let the validator report what it makes of it
        }
      });
    }
    return all(parts);
  }

  private static MethodHandle accessor(Class<?> type, String property) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(property)) {
        try {
          c.getAccessor().setAccessible(true);
          return MethodHandles.lookup().unreflect(c.getAccessor()).asType(
              java.lang.invoke.MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The conjunction of the constraints of one element, or {@code null} when one is unknown. */
  static Check constraints(Set<ConstraintDescriptor<?>> descriptors) {
    List<Check> parts = new ArrayList<>();
    for (ConstraintDescriptor<?> d : descriptors) {
      if (!DEFAULT_ONLY.equals(d.getGroups()) || !d.getComposingConstraints().isEmpty()
          || d.isReportAsSingleViolation()) {
        return null;
      }
      Check c = constraint(d.getAnnotation());
      if (c == null) {
        return null;
      }
      parts.add(switch (d.getValueUnwrapping()) {
        // Hibernate Validator unwraps Optional by default: @NotNull Optional<String> is about the content.
        case DEFAULT -> v -> v instanceof Optional<?> o ? c.valid(o.orElse(null)) : !isOptionalPrimitive(v) && c.valid(v);
        case UNWRAP -> v -> v instanceof Optional<?> o && c.valid(o.orElse(null));
        case SKIP -> c;
      });
    }
    return all(parts);
  }

  private static Check constraint(Annotation a) {
    return switch (a) {
      case NotNull n -> v -> v != null;
      case NotEmpty n -> v -> v != null && size(v) > 0;
      case NotBlank n -> v -> v instanceof CharSequence s && hasVisible(s);
      case Size s -> v -> {
        if (v == null) {
          return true;
        }
        long size = size(v);
        return size >= s.min() && size <= s.max();
      };
      case Min m -> v -> v == null || compare(v, m.value()) >= 0;
      case Max m -> v -> {
        int c = v == null ? 0 : compare(v, m.value());
        return c != UNKNOWN && c <= 0;
      };
      case Positive p -> v -> v == null || sign(v) > 0;
      case PositiveOrZero p -> v -> v == null || sign(v) >= 0;
      case Negative n -> v -> v == null || sign(v) == -1;
      case NegativeOrZero n -> v -> {
        int sign = v == null ? 0 : sign(v);
        return sign != UNKNOWN && sign <= 0;
      };
      case Pattern p -> pattern(p);
      default -> null;
    };
  }

  private static Check pattern(Pattern p) {
    int flags = 0;
    for (Pattern.Flag f : p.flags()) {
      flags |= f.getValue();
    }
    java.util.regex.Pattern compiled;
    try {
      compiled = java.util.regex.Pattern.compile(p.regexp(), flags);
    } catch (RuntimeException e) {
      return null;
    }
    return v -> v == null || v instanceof CharSequence s && compiled.matcher(s).matches();
  }

  private static boolean isOptionalPrimitive(Object v) {
    return v instanceof java.util.OptionalInt || v instanceof java.util.OptionalLong
        || v instanceof java.util.OptionalDouble;
  }

  /** Not a number this check decides on: far outside any comparison's range, so it never passes. */
  private static final int UNKNOWN = Integer.MIN_VALUE;

  /** Compares a number to a bound; {@link #UNKNOWN} (below everything) when it cannot say. */
  private static int compare(Object v, long bound) {
    return switch (v) {
      case Integer i -> Long.compare(i, bound);
      case Long l -> Long.compare(l, bound);
      case Short s -> Long.compare(s, bound);
      case Byte b -> Long.compare(b, bound);
      case BigInteger b -> b.compareTo(BigInteger.valueOf(bound));
      case BigDecimal b -> b.compareTo(BigDecimal.valueOf(bound));
      case Double d when Double.isFinite(d) && Math.abs(d) < 0x1p52 -> Double.compare(d, bound);
      case Float f when Float.isFinite(f) && Math.abs(f) < 0x1p23f -> Double.compare(f, bound);
      default -> UNKNOWN;
    };
  }

  /** The sign of a number; {@link #UNKNOWN} for zeros of floating types, NaN, infinities, others. */
  private static int sign(Object v) {
    return switch (v) {
      case Integer i -> Integer.signum(i);
      case Long l -> Long.signum(l);
      case Short s -> Integer.signum(s);
      case Byte b -> Integer.signum(b);
      case BigInteger b -> b.signum();
      case BigDecimal b -> b.signum();
      case Double d when Double.isFinite(d) && d != 0 -> d > 0 ? 1 : -1;
      case Float f when Float.isFinite(f) && f != 0 -> f > 0 ? 1 : -1;
      default -> UNKNOWN;
    };
  }

  /** The size {@code @Size}/{@code @NotEmpty} mean, or -1 (never within bounds) for other types. */
  private static long size(Object v) {
    if (v instanceof CharSequence s) {
      return s.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    if (v.getClass().isArray()) {
      return Array.getLength(v);
    }
    return -1;
  }

  /** True when some character is neither whitespace nor a control or space character. */
  private static boolean hasVisible(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }

  private static Check all(List<Check> parts) {
    return switch (parts.size()) {
      case 0 -> NONE;
      case 1 -> parts.get(0);
      case 2 -> {
        Check a = parts.get(0);
        Check b = parts.get(1);
        yield v -> a.valid(v) && b.valid(v);
      }
      default -> {
        Check[] array = parts.toArray(Check[]::new);
        yield v -> {
          for (Check c : array) {
            if (!c.valid(v)) {
              return false;
            }
          }
          return true;
        };
      }
    };
  }
}

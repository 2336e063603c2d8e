package io.brisk.validation.internal;

import io.brisk.validation.ErrorType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.UUID;

/**
 * The stable {@code type}, the sentence and the {@code ctx} of a constraint violation: Pydantic's
 * codes and wording where a constraint has a Pydantic counterpart (so FastAPI clients understand
 * them), {@code value_error} (or the constraint's {@link ErrorType}) with Hibernate Validator's
 * message otherwise. A message set on the constraint ({@code message = "..."}) always wins.
 *
 * <p>Only used for violations, off the success path. Thread-safe.
 */
final class ConstraintErrors {
  /** A violation described. */
  record Described(String type, String msg, Map<String, Object> ctx) {}

  private static final Set<String> NOT_CONTEXT = Set.of("message", "groups", "payload");

  private static final ClassValue<String> DEFAULT_MESSAGES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> annotationType) {
      try {
        Object d = annotationType.getMethod("message").getDefaultValue();
        return d instanceof String s ? s : "";
      } catch (NoSuchMethodException e) {
        return "";
      }
    }
  };

  private ConstraintErrors() {}

  static Described describe(ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    Annotation a = d.getAnnotation();
    Object value = v.getInvalidValue();
    Described known = known(a, value);
    if (known == null) {
      ErrorType custom = a.annotationType().getAnnotation(ErrorType.class);
      known = new Described(custom != null ? custom.value() : "value_error", v.getMessage(), attributes(d));
    } else if (!d.getMessageTemplate().equals(DEFAULT_MESSAGES.get(a.annotationType()))) {
      known = new Described(known.type(), v.getMessage(), known.ctx());
    }
    return known;
  }

  /** The description of a built-in constraint, or {@code null} for others. */
  private static Described known(Annotation a, Object value) {
    if (a instanceof NotNull) {
      return missing();
    }
    if (a instanceof NotBlank) {
      if (value == null) {
        return missing();
      }
      return value.toString().isEmpty()
          ? tooShort(value, 1)
          : new Described("string_blank", "String should not be blank", Map.of());
    }
    if (a instanceof NotEmpty) {
      return value == null ? missing() : tooShort(value, 1);
    }
    if (a instanceof Size s) {
      return length(value) < s.min() ? tooShort(value, s.min()) : tooLong(value, s.max());
    }
    if (a instanceof Length l) {
      return length(value) < l.min() ? tooShort(value, l.min()) : tooLong(value, l.max());
    }
    if (a instanceof Pattern p) {
      return new Described("string_pattern_mismatch", "String should match pattern '" + p.regexp() + "'",
          Map.of("pattern", p.regexp()));
    }
    if (a instanceof Min m) {
      return bound("greater_than_equal", "ge", m.value());
    }
    if (a instanceof Max m) {
      return bound("less_than_equal", "le", m.value());
    }
    if (a instanceof DecimalMin m) {
      return m.inclusive() ? bound("greater_than_equal", "ge", new BigDecimal(m.value()))
          : bound("greater_than", "gt", new BigDecimal(m.value()));
    }
    if (a instanceof DecimalMax m) {
      return m.inclusive() ? bound("less_than_equal", "le", new BigDecimal(m.value()))
          : bound("less_than", "lt", new BigDecimal(m.value()));
    }
    if (a instanceof Range r) {
      return value instanceof Number n && new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(r.min())) < 0
          ? bound("greater_than_equal", "ge", r.min())
          : bound("less_than_equal", "le", r.max());
    }
    if (a instanceof Positive) {
      return bound("greater_than", "gt", 0);
    }
    if (a instanceof PositiveOrZero) {
      return bound("greater_than_equal", "ge", 0);
    }
    if (a instanceof Negative) {
      return bound("less_than", "lt", 0);
    }
    if (a instanceof NegativeOrZero) {
      return bound("less_than_equal", "le", 0);
    }
    if (a instanceof Digits g) {
      return digits(g, value);
    }
    if (a instanceof Email) {
      return new Described("email_invalid", "Input should be a valid email address", Map.of());
    }
    if (a instanceof URL) {
      return new Described("url_parsing", "Input should be a valid URL", Map.of());
    }
    if (a instanceof UUID) {
      return new Described("uuid_parsing", "Input should be a valid UUID", Map.of());
    }
    if (a instanceof AssertTrue) {
      return new Described("assertion_error", "Input should be true", Map.of());
    }
    if (a instanceof AssertFalse) {
      return new Described("assertion_error", "Input should be false", Map.of());
    }
    if (a instanceof Past || a instanceof PastOrPresent) {
      return time(value, "past", a instanceof Past ? "in the past" : "in the past or the present");
    }
    if (a instanceof Future || a instanceof FutureOrPresent) {
      return time(value, "future", a instanceof Future ? "in the future" : "in the future or the present");
    }
    return null;
  }

  private static Described missing() {
    return new Described("missing", "Field required", Map.of());
  }

  private static Described tooShort(Object value, int min) {
    if (value instanceof CharSequence) {
      return new Described("string_too_short", "String should have at least " + count(min, "character"),
          Map.of("min_length", min));
    }
    return new Described("too_short", kind(value) + " should have at least " + count(min, "item") + ", not "
        + length(value), Map.of("min_length", min, "actual_length", length(value)));
  }

  private static Described tooLong(Object value, int max) {
    if (value instanceof CharSequence) {
      return new Described("string_too_long", "String should have at most " + count(max, "character"),
          Map.of("max_length", max));
    }
    return new Described("too_long", kind(value) + " should have at most " + count(max, "item") + ", not "
        + length(value), Map.of("max_length", max, "actual_length", length(value)));
  }

  private static Described bound(String type, String key, Number limit) {
    String relation = switch (key) {
      case "gt" -> "greater than ";
      case "ge" -> "greater than or equal to ";
      case "lt" -> "less than ";
      default -> "less than or equal to ";
    };
    String shown = limit instanceof BigDecimal b ? b.toPlainString() : limit.toString();
    return new Described(type, "Input should be " + relation + shown, Map.of(key, limit));
  }

  private static Described digits(Digits g, Object value) {
    BigDecimal number = value instanceof Number || value instanceof CharSequence ? decimal(value) : null;
    if (number != null) {
      BigDecimal stripped = number.stripTrailingZeros();
      if (stripped.precision() - stripped.scale() <= g.integer()) {
        return new Described("decimal_max_places", "Decimal input should have no more than "
            + count(g.fraction(), "decimal place"), Map.of("decimal_places", g.fraction()));
      }
    }
    return new Described("decimal_whole_digits", "Decimal input should have no more than "
        + count(g.integer(), "digit") + " before the decimal point", Map.of("whole_digits", g.integer()));
  }

  private static BigDecimal decimal(Object value) {
    try {
      return value instanceof BigDecimal b ? b : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Described time(Object value, String when, String phrase) {
    boolean date = value instanceof LocalDate || value instanceof YearMonth || value instanceof Year;
    return new Described((date ? "date_" : "datetime_") + when, (date ? "Date" : "Datetime") + " should be " + phrase,
        Map.of());
  }

  /** The constraint's own attributes, for the {@code ctx} of a custom constraint. */
  private static Map<String, Object> attributes(ConstraintDescriptor<?> d) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : d.getAttributes().entrySet()) {
      Object v = e.getValue();
      if (NOT_CONTEXT.contains(e.getKey()) || v == null) {
        continue;
      }
      if (v instanceof Class<?> c) {
        v = c.getSimpleName();
      } else if (v instanceof Enum<?> en) {
        v = en.name();
      } else if (!(v instanceof String || v instanceof Number || v instanceof Boolean || v.getClass().isArray())) {
        v = v.toString();
      }
      ctx.put(e.getKey(), v);
    }
    return ctx;
  }

  private static int length(Object value) {
    if (value instanceof CharSequence s) {
      return s.length();
    }
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    if (value != null && value.getClass().isArray()) {
      return Array.getLength(value);
    }
    return 0;
  }

  private static String kind(Object value) {
    if (value instanceof Set<?>) {
      return "Set";
    }
    if (value instanceof Map<?, ?>) {
      return "Map";
    }
    return "List";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

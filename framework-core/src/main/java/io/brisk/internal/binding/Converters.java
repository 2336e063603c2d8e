package io.brisk.internal.binding;

import io.brisk.TypeConverter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The text-to-type conversions of path, query, header and cookie values: built-in types, the
 * app's registered {@link TypeConverter}s, enums, and types with a static
 * {@code of/valueOf/parse/from(String)} factory. Resolved once per parameter at start-up.
 */
public final class Converters {
  private static final Map<Class<?>, Converter> BUILT_IN = builtIns();
  private static final List<String> FACTORY_NAMES = List.of("of", "valueOf", "parse", "from");

  private final Map<Class<?>, Converter> registered = new ConcurrentHashMap<>();

  /** Registers a user converter; it wins over the built-in rules. */
  public <T> void register(Class<T> type, TypeConverter<T> converter) {
    registered.put(type, Converter.of(converter::convert, "value_error", null));
  }

  /** The converter for a type, or {@code null} when the type has none. */
  public Converter find(Class<?> type) {
    Converter c = registered.get(type);
    if (c != null) {
      return c;
    }
    c = BUILT_IN.get(type);
    if (c != null) {
      return c;
    }
    if (type.isEnum()) {
      return enumConverter(type);
    }
    return factoryConverter(type);
  }

  /** Whether values of this type come from text (and so are query parameters by default). */
  public boolean isScalar(Class<?> type) {
    return find(type) != null;
  }

  private static Map<Class<?>, Converter> builtIns() {
    Map<Class<?>, Converter> m = new HashMap<>();
    String intMsg = "Input should be a valid integer";
    String numMsg = "Input should be a valid number";
    m.put(String.class, Converter.of(s -> s, "string_type", "Input should be a valid string"));
    Converter ints = Converter.of(s -> Integer.parseInt(s.strip()), "int_parsing", intMsg);
    m.put(int.class, ints);
    m.put(Integer.class, ints);
    Converter longs = Converter.of(s -> Long.parseLong(s.strip()), "int_parsing", intMsg);
    m.put(long.class, longs);
    m.put(Long.class, longs);
    Converter shorts = Converter.of(s -> Short.parseShort(s.strip()), "int_parsing", intMsg);
    m.put(short.class, shorts);
    m.put(Short.class, shorts);
    Converter bytes = Converter.of(s -> Byte.parseByte(s.strip()), "int_parsing", intMsg);
    m.put(byte.class, bytes);
    m.put(Byte.class, bytes);
    Converter doubles = Converter.of(s -> finite(Double.parseDouble(s.strip())), "float_parsing", numMsg);
    m.put(double.class, doubles);
    m.put(Double.class, doubles);
    Converter floats = Converter.of(s -> (float) finite(Float.parseFloat(s.strip())), "float_parsing", numMsg);
    m.put(float.class, floats);
    m.put(Float.class, floats);
    Converter bools = Converter.of(Converters::parseBoolean, "bool_parsing", "Input should be a valid boolean");
    m.put(boolean.class, bools);
    m.put(Boolean.class, bools);
    m.put(char.class, Converter.of(Converters::parseChar, "char_parsing", "Input should be a single character"));
    m.put(Character.class, m.get(char.class));
    m.put(BigDecimal.class, Converter.of(s -> new BigDecimal(s.strip()), "decimal_parsing", "Input should be a valid decimal"));
    m.put(BigInteger.class, Converter.of(s -> new BigInteger(s.strip()), "int_parsing", intMsg));
    m.put(UUID.class, Converter.of(Converters::parseUuid, "uuid_parsing", "Input should be a valid UUID"));
    m.put(LocalDate.class, Converter.of(LocalDate::parse, "date_parsing", "Input should be a valid date in the format YYYY-MM-DD"));
    m.put(LocalTime.class, Converter.of(LocalTime::parse, "time_parsing", "Input should be a valid time in the format HH:MM[:SS]"));
    String dt = "Input should be a valid datetime in ISO-8601 format";
    m.put(LocalDateTime.class, Converter.of(LocalDateTime::parse, "datetime_parsing", dt));
    m.put(OffsetDateTime.class, Converter.of(OffsetDateTime::parse, "datetime_parsing", dt + " with an offset"));
    m.put(ZonedDateTime.class, Converter.of(ZonedDateTime::parse, "datetime_parsing", dt + " with a zone"));
    m.put(Instant.class, Converter.of(Instant::parse, "datetime_parsing", dt + " in UTC (ending in Z)"));
    m.put(Duration.class, Converter.of(Duration::parse, "duration_parsing", "Input should be a valid ISO-8601 duration such as PT30S"));
    return Map.copyOf(m);
  }

  private static double finite(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new NumberFormatException("not finite");
    }
    return d;
  }

  private static Object parseBoolean(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> Boolean.TRUE;
      case "false", "0", "no", "off" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static Object parseChar(String s) {
    if (s.length() != 1) {
      throw new IllegalArgumentException("not one character");
    }
    return s.charAt(0);
  }

  private static Object parseUuid(String s) {
    // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the canonical form is valid.
    if (s.length() != 36) {
      throw new IllegalArgumentException("not a UUID");
    }
    return UUID.fromString(s);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Converter enumConverter(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    Map<String, Object> byName = new HashMap<>();
    for (Object c : constants) {
      byName.put(((Enum) c).name(), c);
      byName.putIfAbsent(c.toString(), c);
    }
    List<String> expected = Arrays.stream(constants).map(c -> ((Enum) c).name()).toList();
    String message = "Input should be " + expected.stream().map(e -> "'" + e + "'")
        .collect(Collectors.collectingAndThen(Collectors.toList(), Converters::orList));
    return new Converter(s -> {
      Object hit = byName.get(s);
      if (hit == null) {
        for (Object c : constants) {
          if (((Enum) c).name().equalsIgnoreCase(s)) {
            return c;
          }
        }
        throw new IllegalArgumentException("no such constant");
      }
      return hit;
    }, "enum", message, Map.of("expected", String.join(", ", expected)));
  }

  private static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  private static Converter factoryConverter(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || type.isInterface()) {
      return null;
    }
    for (String name : FACTORY_NAMES) {
      try {
        Method m = type.getMethod(name, String.class);
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          MethodHandle handle = MethodHandles.publicLookup().unreflect(m)
              .asType(MethodType.methodType(Object.class, String.class));
          String label = type.getSimpleName();
          return Converter.of(s -> invoke(handle, s), "value_error", "Input should be a valid " + label);
        }
      } catch (NoSuchMethodException | IllegalAccessException ignored) {
        // try the next factory name
      }
    }
    return null;
  }

  private static Object invoke(MethodHandle handle, String s) {
    try {
      return handle.invokeExact(s);
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalArgumentException(t.getMessage(), t);
    }
  }
}

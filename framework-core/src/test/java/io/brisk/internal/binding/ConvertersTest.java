package io.brisk.internal.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConvertersTest {
  public enum Level {
    LOW, HIGH;

    @Override
    public String toString() {
      return "level-" + name().toLowerCase();
    }
  }

  public static final class ByOf {
    final String v;

    private ByOf(String v) {
      this.v = v;
    }

    public static ByOf of(String s) {
      return new ByOf("of:" + s);
    }

    public static ByOf parse(String s) {
      return new ByOf("parse:" + s);
    }
  }

  public static final class ByFrom {
    public static ByFrom from(String s) {
      return new ByFrom();
    }
  }

  public static final class WrongReturnType {
    public static String of(String s) {
      return s;
    }
  }

  public static final class InstanceFactory {
    public InstanceFactory of(String s) {
      return this;
    }
  }

  public interface Shape {
    static Shape of(String s) {
      return null;
    }
  }

  private final Converters converters = new Converters();

  private Object convert(Class<?> type, String text) {
    return converters.find(type).function().apply(text);
  }

  @Test
  void convertsBuiltInTypes() {
    assertThat(convert(int.class, "7")).isEqualTo(7);
    assertThat(convert(Long.class, "-7")).isEqualTo(-7L);
    assertThat(convert(BigDecimal.class, "1.50")).isEqualTo(new BigDecimal("1.50"));
    assertThat(convert(LocalDate.class, "2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(convert(UUID.class, "00000000-0000-0000-0000-000000000001")).isEqualTo(new UUID(0, 1));
  }

  @Test
  void givesEachBuiltInAStableErrorCode() {
    assertThat(converters.find(int.class).errorType()).isEqualTo("int_parsing");
    assertThat(converters.find(double.class).errorType()).isEqualTo("float_parsing");
    assertThat(converters.find(boolean.class).errorType()).isEqualTo("bool_parsing");
    assertThat(converters.find(BigDecimal.class).errorType()).isEqualTo("decimal_parsing");
    assertThat(converters.find(UUID.class).errorType()).isEqualTo("uuid_parsing");
    assertThat(converters.find(LocalDate.class).errorType()).isEqualTo("date_parsing");
    assertThat(converters.find(java.time.Instant.class).errorType()).isEqualTo("datetime_parsing");
    assertThat(converters.find(java.time.Duration.class).errorType()).isEqualTo("duration_parsing");
    assertThat(converters.find(char.class).errorType()).isEqualTo("char_parsing");
    assertThat(converters.find(Level.class).errorType()).isEqualTo("enum");
  }

  @Test
  void readsEnumsByNameByToStringAndIgnoringCase() {
    assertThat(convert(Level.class, "HIGH")).isEqualTo(Level.HIGH);
    assertThat(convert(Level.class, "level-low")).isEqualTo(Level.LOW);
    assertThat(convert(Level.class, "high")).isEqualTo(Level.HIGH);
    assertThat(converters.find(Level.class).ctx()).isEqualTo(Map.of("expected", "LOW, HIGH"));
    assertThat(converters.find(Level.class).message()).isEqualTo("Input should be 'LOW' or 'HIGH'");
  }

  @Test
  void prefersOfAmongTheStaticFactories() {
    assertThat(((ByOf) convert(ByOf.class, "x")).v).isEqualTo("of:x");
    assertThat(convert(ByFrom.class, "x")).isInstanceOf(ByFrom.class);
  }

  @Test
  void ignoresFactoriesThatDoNotReturnTheTypeOrAreNotStatic() {
    assertThat(converters.find(WrongReturnType.class)).isNull();
    assertThat(converters.find(InstanceFactory.class)).isNull();
    assertThat(converters.find(Shape.class)).isNull();
    assertThat(converters.find(Object.class)).isNull();
    assertThat(converters.isScalar(String.class)).isTrue();
    assertThat(converters.isScalar(Object.class)).isFalse();
  }

  @Test
  void letsARegisteredConverterWinOverTheBuiltIn() {
    converters.register(LocalDate.class, text -> LocalDate.of(2000, 1, Integer.parseInt(text)));

    assertThat(convert(LocalDate.class, "5")).isEqualTo(LocalDate.of(2000, 1, 5));
    assertThat(converters.find(LocalDate.class).errorType()).isEqualTo("value_error");
    assertThat(converters.find(LocalDate.class).message()).isNull();
  }

  @Test
  void rejectsTextThatIsNotValid() {
    assertThatThrownBy(() -> convert(boolean.class, "maybe")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> convert(double.class, "NaN")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> convert(UUID.class, "0-0-0-0-1")).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Custom constraints (field and class level), their error types, and custom messages. */
class CustomConstraintTest {
  /** A stock-keeping unit: a prefix, a dash, four digits. */
  @Target({FIELD, PARAMETER, TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = SkuValidator.class)
  @ErrorType("sku_invalid")
  public @interface Sku {
    String message() default "must be a stock-keeping unit such as {prefix}-1234";

    String prefix() default "AB";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class SkuValidator implements ConstraintValidator<Sku, String> {
    private String prefix;

    @Override
    public void initialize(Sku sku) {
      prefix = sku.prefix();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.matches(java.util.regex.Pattern.quote(prefix) + "-[0-9]{4}");
    }
  }

  /** The end of a booking is not before its start. */
  @Target(TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = OrderedDatesValidator.class)
  public @interface OrderedDates {
    String message() default "the end must not be before the start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class OrderedDatesValidator implements ConstraintValidator<OrderedDates, Booking> {
    @Override
    public boolean isValid(Booking b, ConstraintValidatorContext context) {
      return !b.end().isBefore(b.start());
    }
  }

  @OrderedDates
  public record Booking(LocalDate start, LocalDate end, List<@Sku(prefix = "RM") String> rooms) {}

  /** The first two parameters are in order. */
  @Target({java.lang.annotation.ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = AscendingValidator.class)
  public @interface Ascending {
    String message() default "from must not be after to";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @jakarta.validation.constraintvalidation.SupportedValidationTarget(
      jakarta.validation.constraintvalidation.ValidationTarget.PARAMETERS)
  public static final class AscendingValidator implements ConstraintValidator<Ascending, Object[]> {
    @Override
    public boolean isValid(Object[] args, ConstraintValidatorContext context) {
      return ((Integer) args[0]) <= ((Integer) args[1]);
    }
  }

  public static final class Api {
    @Get("/range")
    @Ascending
    public String range(int from, int to) {
      return from + ".." + to;
    }

    @Get("/stock/{sku}")
    public String stock(@Sku String sku, @Size(min = 3, message = "use {min} letters or more") String q) {
      return sku;
    }

    @Post("/bookings")
    public String book(Booking booking) {
      return "booked";
    }
  }

  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.of(Brisk.create().include(new Api()));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void reportsACustomConstraintWithItsTypeMessageAndAttributes() {
    TestResponse r = client.get("/stock/XY-1?q=lamp").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['path','sku'],'msg':'must be a stock-keeping unit such as AB-1234','type':'sku_invalid',
          'input':'XY-1','ctx':{'prefix':'AB'}}]"""));
    assertThat(client.get("/stock/AB-1234?q=lamp").send().text()).isEqualTo("AB-1234");
  }

  @Test
  void keepsTheTypeAndContextButUsesAMessageSetOnTheConstraint() {
    TestResponse r = client.get("/stock/AB-1234?q=ab").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','q'],'msg':'use 3 letters or more','type':'string_too_short','input':'ab',
          'ctx':{'min_length':3}}]"""));
  }

  @Test
  void reportsAClassLevelConstraintAtTheBodyAndACustomOneOnListElements() {
    TestResponse r = client.post("/bookings")
        .body("{\"start\":\"2030-05-02\",\"end\":\"2030-05-01\",\"rooms\":[\"RM-0001\",\"AB-0002\"]}", "application/json")
        .send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body'],'msg':'the end must not be before the start','type':'value_error'},
         {'loc':['body','rooms',1],'msg':'must be a stock-keeping unit such as RM-1234','type':'sku_invalid',
          'input':'AB-0002','ctx':{'prefix':'RM'}}]"""));
  }

  @Test
  void locatesACrossParameterConstraintAtTheRequest() {
    assertThat(client.get("/range?from=1&to=2").send().text()).isEqualTo("1..2");
    assertThat(errors(client.get("/range?from=3&to=2").send())).isEqualTo(json("""
        [{'loc':['request'],'msg':'from must not be after to','type':'value_error'}]"""));
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.constraints.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The error types of the tutorial's table not covered elsewhere, conversion types included. */
class ErrorTypesTest {
  public enum Color { RED, GREEN }

  public record Everything(
      @NotEmpty List<String> items,
      @NotEmpty String title,
      @AssertTrue boolean accepted,
      @Length(min = 2, max = 3) String code,
      @Range(min = 1, max = 5) int stars,
      @URL String site,
      @org.hibernate.validator.constraints.UUID String ref,
      @NegativeOrZero int delta,
      @Past LocalDateTime at,
      @FutureOrPresent LocalDate due) {}

  public static final class Api {
    @Post("/everything")
    public String everything(Everything body) {
      return "ok";
    }

    @Get("/conversions")
    public String conversions(@NotNull Optional<String> token, double ratio, Color color, UUID id, boolean flag) {
      return "ok";
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
  void reportsEachConstraintWithItsType() {
    TestResponse r = client.post("/everything").body("""
        {"items":[],"title":"","accepted":false,"code":"abcd","stars":9,"site":"nope","ref":"x","delta":1,
         "at":"2999-01-01T10:00:00","due":"2000-01-01"}""", "application/json").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','items'],'msg':'List should have at least 1 item, not 0','type':'too_short','input':[],
          'ctx':{'min_length':1,'actual_length':0}},
         {'loc':['body','title'],'msg':'String should have at least 1 character','type':'string_too_short','input':'',
          'ctx':{'min_length':1}},
         {'loc':['body','accepted'],'msg':'Input should be true','type':'assertion_error','input':false},
         {'loc':['body','code'],'msg':'String should have at most 3 characters','type':'string_too_long',
          'input':'abcd','ctx':{'max_length':3}},
         {'loc':['body','stars'],'msg':'Input should be less than or equal to 5','type':'less_than_equal','input':9,
          'ctx':{'le':5}},
         {'loc':['body','site'],'msg':'Input should be a valid URL','type':'url_parsing','input':'nope'},
         {'loc':['body','ref'],'msg':'Input should be a valid UUID','type':'uuid_parsing','input':'x'},
         {'loc':['body','delta'],'msg':'Input should be less than or equal to 0','type':'less_than_equal','input':1,
          'ctx':{'le':0}},
         {'loc':['body','at'],'msg':'Datetime should be in the past','type':'datetime_past',
          'input':'2999-01-01T10:00:00'},
         {'loc':['body','due'],'msg':'Date should be in the future or the present','type':'date_future',
          'input':'2000-01-01'}]"""));
  }

  @Test
  void passesCoreConversionTypesThrough() {
    TestResponse r = client.get("/conversions?ratio=half&color=BLUE&id=123&flag=maybe").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','ratio'],'msg':'Input should be a valid number','type':'float_parsing','input':'half'},
         {'loc':['query','color'],'msg':'Input should be \\u0027RED\\u0027 or \\u0027GREEN\\u0027','type':'enum',
          'input':'BLUE','ctx':{'expected':'RED, GREEN'}},
         {'loc':['query','id'],'msg':'Input should be a valid UUID','type':'uuid_parsing','input':'123'},
         {'loc':['query','flag'],'msg':'Input should be a valid boolean','type':'bool_parsing','input':'maybe'},
         {'loc':['query','token'],'msg':'Field required','type':'missing'}]"""));
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.Brisk;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Form;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Post;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Constraints on path, query, header, cookie and form parameters, and on their container elements. */
class ParameterConstraintsTest {
  public static final class Api {
    @Get("/items/{itemId}")
    public String read(@Min(1) long itemId) {
      return "item " + itemId;
    }

    @Get("/search")
    public String search(
        @Size(min = 3, max = 10) String q,
        @Query(defaultValue = "10") @Positive @Max(100) int limit,
        @Pattern(regexp = "^[a-z]+$") Optional<String> sort,
        List<@NotBlank String> tag) {
      return q + " " + limit + " " + sort.orElse("-") + " " + tag;
    }

    @Get("/numbers")
    public String numbers(
        @DecimalMin("0.5") Optional<BigDecimal> min,
        @DecimalMax(value = "10", inclusive = false) Optional<BigDecimal> below,
        @Digits(integer = 3, fraction = 2) Optional<BigDecimal> price,
        @PositiveOrZero Optional<Integer> stock,
        @Negative Optional<Integer> offset) {
      return "ok";
    }

    @Get("/misc")
    public String misc(@Email Optional<String> owner, @Past Optional<LocalDate> born,
        @Future Optional<LocalDate> due, @Size(max = 2) Set<@Size(max = 3) String> labels) {
      return "ok";
    }

    @Get("/headers")
    public String headers(@Header @Size(max = 5) String xToken, @Header @Pattern(regexp = "^v[0-9]$") Optional<String> xVersion) {
      return xToken;
    }

    @Get("/cookies")
    public String cookies(@Cookie @Pattern(regexp = "^[0-9a-f]{8}$") String session) {
      return session;
    }

    @Post("/signup")
    public String signUp(@Form @NotBlank String name, @Form @Min(18) int age) {
      return name;
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
  void acceptsValidParameters() {
    TestResponse r = client.get("/search?q=lamp&limit=100&sort=name&tag=a&tag=b").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("lamp 100 name [a, b]");
  }

  @Test
  void rejectsAPathVariableBelowItsMinimum() {
    TestResponse r = client.get("/items/0").send();
    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['path','itemId'],'msg':'Input should be greater than or equal to 1','type':'greater_than_equal',
          'input':0,'ctx':{'ge':1}}]"""));
  }

  @Test
  void rejectsAQueryStringTooShortAndTooLong() {
    assertThat(errors(client.get("/search?q=ab").send())).isEqualTo(json("""
        [{'loc':['query','q'],'msg':'String should have at least 3 characters','type':'string_too_short',
          'input':'ab','ctx':{'min_length':3}}]"""));
    assertThat(errors(client.get("/search?q=abcdefghijk").send())).isEqualTo(json("""
        [{'loc':['query','q'],'msg':'String should have at most 10 characters','type':'string_too_long',
          'input':'abcdefghijk','ctx':{'max_length':10}}]"""));
  }

  @Test
  void rejectsALimitAbove100AndOneNotPositive() {
    assertThat(errors(client.get("/search?q=lamp&limit=101").send())).isEqualTo(json("""
        [{'loc':['query','limit'],'msg':'Input should be less than or equal to 100','type':'less_than_equal',
          'input':101,'ctx':{'le':100}}]"""));
    assertThat(errors(client.get("/search?q=lamp&limit=0").send())).isEqualTo(json("""
        [{'loc':['query','limit'],'msg':'Input should be greater than 0','type':'greater_than',
          'input':0,'ctx':{'gt':0}}]"""));
  }

  @Test
  void checksAnOptionalValueOnlyWhenPresent() {
    assertThat(client.get("/search?q=lamp").send().status()).isEqualTo(200);
    assertThat(errors(client.get("/search?q=lamp&sort=Name").send())).isEqualTo(json("""
        [{'loc':['query','sort'],'msg':'String should match pattern \\u0027^[a-z]+$\\u0027',
          'type':'string_pattern_mismatch','input':'Name','ctx':{'pattern':'^[a-z]+$'}}]"""));
  }

  @Test
  void locatesAListElementByItsIndex() {
    TestResponse r = client.get("/search?q=lamp&tag=a&tag=&tag=%20").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','tag',1],'msg':'String should have at least 1 character','type':'string_too_short',
          'input':'','ctx':{'min_length':1}},
         {'loc':['query','tag',2],'msg':'String should not be blank','type':'string_blank','input':' '}]"""));
  }

  @Test
  void reportsEveryViolatedParameterInDeclarationOrder() {
    TestResponse r = client.get("/search?q=ab&limit=0&sort=X").send();
    assertThat(errors(r)).extracting(e -> e.get("loc").toString())
        .containsExactly("[\"query\",\"q\"]", "[\"query\",\"limit\"]", "[\"query\",\"sort\"]");
  }

  @Test
  void mapsDecimalBoundsAndDigits() {
    TestResponse r = client.get("/numbers?min=0.4&below=10&price=1234.5&stock=-1&offset=0").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','min'],'msg':'Input should be greater than or equal to 0.5','type':'greater_than_equal',
          'input':0.4,'ctx':{'ge':0.5}},
         {'loc':['query','below'],'msg':'Input should be less than 10','type':'less_than','input':10,'ctx':{'lt':10}},
         {'loc':['query','price'],'msg':'Decimal input should have no more than 3 digits before the decimal point',
          'type':'decimal_whole_digits','input':1234.5,'ctx':{'whole_digits':3}},
         {'loc':['query','stock'],'msg':'Input should be greater than or equal to 0','type':'greater_than_equal',
          'input':-1,'ctx':{'ge':0}},
         {'loc':['query','offset'],'msg':'Input should be less than 0','type':'less_than','input':0,'ctx':{'lt':0}}]"""));
    assertThat(errors(client.get("/numbers?price=1.234").send())).isEqualTo(json("""
        [{'loc':['query','price'],'msg':'Decimal input should have no more than 2 decimal places',
          'type':'decimal_max_places','input':1.234,'ctx':{'decimal_places':2}}]"""));
  }

  @Test
  void mapsEmailAndDates() {
    TestResponse r = client.get("/misc?owner=not-an-email&born=2999-01-01&due=2000-01-01").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['query','owner'],'msg':'Input should be a valid email address','type':'email_invalid',
          'input':'not-an-email'},
         {'loc':['query','born'],'msg':'Date should be in the past','type':'date_past','input':'2999-01-01'},
         {'loc':['query','due'],'msg':'Date should be in the future','type':'date_future','input':'2000-01-01'}]"""));
  }

  @Test
  void checksASetAndItsElements() {
    assertThat(errors(client.get("/misc?labels=long").send())).isEqualTo(json("""
        [{'loc':['query','labels'],'msg':'String should have at most 3 characters','type':'string_too_long',
          'input':'long','ctx':{'max_length':3}}]"""));
    JsonNode tooMany = errors(client.get("/misc?labels=a&labels=b&labels=c").send());
    assertThat(tooMany).hasSize(1);
    assertThat(tooMany.get(0).get("msg").asText()).isEqualTo("Set should have at most 2 items, not 3");
    assertThat(tooMany.get(0).get("type").asText()).isEqualTo("too_long");
    assertThat(tooMany.get(0).get("ctx")).isEqualTo(json("{'max_length':2,'actual_length':3}"));
    assertThat(tooMany.get(0).get("input")).extracting(JsonNode::asText).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void checksHeaders() {
    TestResponse r = client.get("/headers").header("X-Token", "toolong").header("X-Version", "2").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['header','x-token'],'msg':'String should have at most 5 characters','type':'string_too_long',
          'input':'toolong','ctx':{'max_length':5}},
         {'loc':['header','x-version'],'msg':'String should match pattern \\u0027^v[0-9]$\\u0027',
          'type':'string_pattern_mismatch','input':'2','ctx':{'pattern':'^v[0-9]$'}}]"""));
  }

  @Test
  void checksCookies() {
    TestResponse r = client.get("/cookies").cookie("session", "xyz").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['cookie','session'],'msg':'String should match pattern \\u0027^[0-9a-f]{8}$\\u0027',
          'type':'string_pattern_mismatch','input':'xyz','ctx':{'pattern':'^[0-9a-f]{8}$'}}]"""));
    assertThat(client.get("/cookies").cookie("session", "0badf00d").send().text()).isEqualTo("0badf00d");
  }

  @Test
  void checksFormFields() {
    TestResponse r = client.post("/signup").body("name=%20&age=17", "application/x-www-form-urlencoded").send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['form','name'],'msg':'String should not be blank','type':'string_blank','input':' '},
         {'loc':['form','age'],'msg':'Input should be greater than or equal to 18','type':'greater_than_equal',
          'input':17,'ctx':{'ge':18}}]"""));
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.brisk.Brisk;
import io.brisk.annotation.Body;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Core's reading rules for JSON bodies (required components, sets without repeats), which hold
 * with and without the validation module.
 */
class BodyRulesTest {
  /** Any annotation named {@code Nullable} marks a component optional. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.TYPE_USE})
  public @interface Nullable {}

  public record Line(String sku, int quantity) {}

  public record Order(String customer, double total, List<Line> lines, Optional<String> note, @Nullable String coupon,
      Set<String> labels) {}

  /** A class read through a creator: only Jackson's own {@code required} applies. */
  public static final class Legacy {
    final String name;
    final String alias;

    @JsonCreator
    public Legacy(@JsonProperty(value = "name", required = true) String name, @JsonProperty("alias") String alias) {
      this.name = name;
      this.alias = alias;
    }
  }

  public static final class Api {
    @Post("/legacy")
    public String legacy(@Body Legacy legacy) {
      return legacy.name + " " + legacy.alias;
    }

    @Post("/orders")
    public String create(Order order) {
      return order.customer() + " " + order.note().orElse("-") + " " + order.coupon() + " " + order.labels().size();
    }
  }

  private static TestResponse post(boolean withValidation, String body) {
    Brisk app = Brisk.create().include(new Api());
    if (!withValidation) {
      app.withoutPlugin(ValidationPlugin.class);
    }
    try (TestClient client = TestClient.of(app)) {
      return client.post("/orders").body(body, "application/json").send();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void acceptsAbsentOptionalAndNullableComponents(boolean withValidation) {
    TestResponse r = post(withValidation, "{\"customer\":\"ann\",\"total\":1.5,\"lines\":[],\"labels\":[\"a\"]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("ann - null 1");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void reportsEveryAbsentRequiredComponentOfAnObjectAtOnce(boolean withValidation) {
    assertThat(errors(post(withValidation, "{\"note\":\"hi\"}"))).isEqualTo(json("""
        [{'loc':['body','customer'],'msg':'Field required','type':'missing'},
         {'loc':['body','total'],'msg':'Field required','type':'missing'},
         {'loc':['body','lines'],'msg':'Field required','type':'missing'},
         {'loc':['body','labels'],'msg':'Field required','type':'missing'}]"""));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void rejectsNullForARequiredComponent(boolean withValidation) {
    TestResponse r = post(withValidation, "{\"customer\":null,\"total\":1,\"lines\":null,\"labels\":[]}");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','customer'],'msg':'Input should be a valid string','type':'string_type'},
         {'loc':['body','lines'],'msg':'Input should be a valid array','type':'list_type'}]"""));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void locatesAMissingComponentInsideAList(boolean withValidation) {
    TestResponse r = post(withValidation, """
        {"customer":"ann","total":1,"labels":[],"lines":[{"sku":"a","quantity":1},{"quantity":2}]}""");
    assertThat(errors(r)).isEqualTo(json("[{'loc':['body','lines',1,'sku'],'msg':'Field required','type':'missing'}]"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void rejectsASetWithRepeatedItemsInsteadOfDroppingThem(boolean withValidation) {
    TestResponse r = post(withValidation, """
        {"customer":"ann","total":1,"lines":[],"labels":["x","y","x"]}""");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','labels'],'msg':'Set should have unique items','type':'set_not_unique','input':['x','y','x']}]"""));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void reportsJacksonsOwnRequiredPropertyAsMissing(boolean withValidation) {
    Brisk app = Brisk.create().include(new Api());
    if (!withValidation) {
      app.withoutPlugin(ValidationPlugin.class);
    }
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.post("/legacy").body("{\"name\":\"a\"}", "application/json").send().text()).isEqualTo("a null");
      TestResponse r = client.post("/legacy").body("{\"alias\":\"b\"}", "application/json").send();
      assertThat(errors(r)).isEqualTo(json("[{'loc':['body','name'],'msg':'Field required','type':'missing'}]"));
    }
  }
}

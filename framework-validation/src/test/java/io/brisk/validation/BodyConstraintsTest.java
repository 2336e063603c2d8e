package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Constraints on JSON bodies: records, nested records, lists, maps, container elements. */
class BodyConstraintsTest {
  public record Dimensions(@Positive double width, @Positive double height) {}

  public record Variant(@NotBlank String color, @Positive int size) {}

  public record ItemIn(
      @NotBlank @Size(max = 20) String name,
      @DecimalMin("0.01") BigDecimal price,
      @Size(max = 3) List<@NotBlank String> tags,
      @Valid Dimensions dimensions,
      List<@Valid Variant> variants,
      Map<String, @Min(0) Integer> stock,
      Optional<@Size(max = 10) String> note) {}

  /** Nested without {@code @Valid}: Bean Validation does not cascade into it. */
  public record Box(@NotBlank String label, Dimensions dimensions) {}

  public static final class Api {
    @Post("/items")
    public String create(ItemIn item) {
      return "created " + item.name();
    }

    @Post("/items/valid")
    public String createMarked(@Valid ItemIn item) {
      return "created " + item.name();
    }

    @Post("/items/batch")
    public String createMany(@Size(max = 2) List<ItemIn> items) {
      return "created " + items.size();
    }

    @Post("/items/by-key")
    public String createByKey(Map<String, ItemIn> items) {
      return "created " + items.keySet();
    }

    /** Found by fuzzing: Hibernate Validator reports no constrained parameter here, yet cascades when asked. */
    @Post("/items/by-key/valid")
    public String createByKeyMarked(Map<String, @Valid ItemIn> items) {
      return "created " + items.keySet();
    }

    @Post("/boxes")
    public String box(Box box) {
      return "boxed " + box.label();
    }
  }

  private static final String VALID = """
      {"name":"Lamp","price":"12.50","tags":["home"],"dimensions":{"width":1,"height":2},
       "variants":[{"color":"red","size":1}],"stock":{"paris":3}}""";

  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.of(Brisk.create().include(new Api()));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static TestResponse post(String path, String body) {
    return client.post(path).body(body, "application/json").send();
  }

  @Test
  void acceptsAValidBody() {
    TestResponse r = post("/items", VALID);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("created Lamp");
  }

  @Test
  void validatesABodyWithoutValidAsIfItWereMarked() {
    String body = VALID.replace("\"Lamp\"", "\"  \"").replace("\"12.50\"", "\"0\"");
    String expected = """
        [{'loc':['body','name'],'msg':'String should not be blank','type':'string_blank','input':'  '},
         {'loc':['body','price'],'msg':'Input should be greater than or equal to 0.01','type':'greater_than_equal',
          'input':0,'ctx':{'ge':0.01}}]""";
    assertThat(errors(post("/items", body))).isEqualTo(json(expected));
    assertThat(errors(post("/items/valid", body))).isEqualTo(json(expected));
  }

  @Test
  void locatesListElementsNestedRecordsAndMapValues() {
    String body = """
        {"name":"Lamp","price":"1","tags":["a","","b","c"],"dimensions":{"width":0,"height":2},
         "variants":[{"color":"red","size":1},{"color":"","size":-1}],"stock":{"paris":-2},"note":"far too long a note"}""";
    assertThat(errors(post("/items", body))).isEqualTo(json("""
        [{'loc':['body','tags'],'msg':'List should have at most 3 items, not 4','type':'too_long',
          'input':['a','','b','c'],'ctx':{'max_length':3,'actual_length':4}},
         {'loc':['body','tags',1],'msg':'String should have at least 1 character','type':'string_too_short','input':'',
          'ctx':{'min_length':1}},
         {'loc':['body','dimensions','width'],'msg':'Input should be greater than 0','type':'greater_than','input':0.0,
          'ctx':{'gt':0}},
         {'loc':['body','variants',1,'color'],'msg':'String should have at least 1 character','type':'string_too_short',
          'input':'','ctx':{'min_length':1}},
         {'loc':['body','variants',1,'size'],'msg':'Input should be greater than 0','type':'greater_than','input':-1,
          'ctx':{'gt':0}},
         {'loc':['body','stock','paris'],'msg':'Input should be greater than or equal to 0','type':'greater_than_equal',
          'input':-2,'ctx':{'ge':0}},
         {'loc':['body','note'],'msg':'String should have at most 10 characters','type':'string_too_long',
          'input':'far too long a note','ctx':{'max_length':10}}]"""));
  }

  @Test
  void validatesEachRecordOfAListBodyAtItsIndex() {
    String second = VALID.replace("\"Lamp\"", "\"\"");
    TestResponse r = post("/items/batch", "[" + VALID + "," + second + "]");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body',1,'name'],'msg':'String should have at least 1 character','type':'string_too_short','input':'',
          'ctx':{'min_length':1}}]"""));
  }

  @Test
  void checksAConstraintOnTheBodyParameterItself() {
    TestResponse r = post("/items/batch", "[" + VALID + "," + VALID + "," + VALID + "]");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body'],'msg':'List should have at most 2 items, not 3','type':'too_long',
          'ctx':{'max_length':2,'actual_length':3}}]"""));
  }

  @Test
  void locatesTheRecordsOfAMapBodyByKey() {
    TestResponse r = post("/items/by-key", "{\"a\":" + VALID + ",\"b\":" + VALID.replace("\"home\"", "\" \"") + "}");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','b','tags',0],'msg':'String should not be blank','type':'string_blank','input':' '}]"""));
  }

  @Test
  void validatesTheValuesOfAMapMarkedValid() {
    TestResponse r = post("/items/by-key/valid", "{\"a\":" + VALID + ",\"b\":" + VALID.replace("\"home\"", "\" \"") + "}");
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','b','tags',0],'msg':'String should not be blank','type':'string_blank','input':' '}]"""));
    assertThat(post("/items/by-key/valid", "{\"a\":" + VALID + "}").status()).isEqualTo(200);
  }

  @Test
  void doesNotCascadeIntoANestedRecordWithoutValid() {
    TestResponse r = post("/boxes", "{\"label\":\"x\",\"dimensions\":{\"width\":-1,\"height\":-1}}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(errors(post("/boxes", "{\"label\":\"\",\"dimensions\":{\"width\":-1,\"height\":-1}}")))
        .isEqualTo(json("""
            [{'loc':['body','label'],'msg':'String should have at least 1 character','type':'string_too_short',
              'input':'','ctx':{'min_length':1}}]"""));
  }
}

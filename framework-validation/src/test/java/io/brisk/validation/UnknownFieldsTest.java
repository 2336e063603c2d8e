package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.brisk.Brisk;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unknown-field policy: ignored by default, forbidden per app or per type, either way round. */
class UnknownFieldsTest {
  public record Line(String sku) {}

  public record Open(String name, List<Line> lines) {}

  @UnknownFields(UnknownFieldPolicy.FORBID)
  public record Strict(String name) {}

  @UnknownFields(UnknownFieldPolicy.IGNORE)
  public record Lenient(String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record JacksonLenient(String name) {}

  public static final class Api {
    @Post("/open")
    public String open(Open body) {
      return body.name();
    }

    @Post("/strict")
    public String strict(Strict body) {
      return body.name();
    }

    @Post("/lenient")
    public String lenient(Lenient body) {
      return body.name();
    }

    @Post("/jackson-lenient")
    public String jacksonLenient(JacksonLenient body) {
      return body.name();
    }
  }

  private static TestResponse post(ValidationPlugin plugin, String path, String body) {
    try (TestClient client = TestClient.of(Brisk.create().plugin(plugin).include(new Api()))) {
      return client.post(path).body(body, "application/json").send();
    }
  }

  @Test
  void ignoresUnknownFieldsByDefault() {
    TestResponse r = post(new ValidationPlugin(), "/open", "{\"name\":\"a\",\"lines\":[{\"sku\":\"s\",\"x\":1}],\"extra\":true}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("a");
  }

  @Test
  void forbidsUnknownFieldsForTheWholeAppWhenConfigured() {
    ValidationPlugin forbid = new ValidationPlugin().unknownFields(UnknownFieldPolicy.FORBID);
    assertThat(errors(post(forbid, "/open", "{\"name\":\"a\",\"lines\":[],\"extra\":true}"))).isEqualTo(json("""
        [{'loc':['body','extra'],'msg':'Extra inputs are not permitted','type':'extra_forbidden'}]"""));
    assertThat(errors(post(forbid, "/open", "{\"name\":\"a\",\"lines\":[{\"sku\":\"s\"},{\"sku\":\"t\",\"qty\":1}]}")))
        .isEqualTo(json("""
            [{'loc':['body','lines',1,'qty'],'msg':'Extra inputs are not permitted','type':'extra_forbidden'}]"""));
  }

  @Test
  void followsJacksonsFailOnUnknownPropertiesWhenThePluginSetsNoPolicy() {
    Brisk app = Brisk.create()
        .configureJson(m -> m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .include(new Api());
    try (TestClient client = TestClient.of(app)) {
      TestResponse r = client.post("/open").body("{\"name\":\"a\",\"lines\":[],\"extra\":1}", "application/json").send();
      assertThat(errors(r)).isEqualTo(json("""
          [{'loc':['body','extra'],'msg':'Extra inputs are not permitted','type':'extra_forbidden'}]"""));
      assertThat(client.post("/lenient").body("{\"name\":\"a\",\"extra\":1}", "application/json").send().text())
          .isEqualTo("a");
    }
  }

  @Test
  void forbidsUnknownFieldsOfOneTypeInAnAppThatIgnoresThem() {
    assertThat(errors(post(new ValidationPlugin(), "/strict", "{\"name\":\"a\",\"nmae\":\"b\"}"))).isEqualTo(json("""
        [{'loc':['body','nmae'],'msg':'Extra inputs are not permitted','type':'extra_forbidden'}]"""));
  }

  @Test
  void ignoresUnknownFieldsOfOneTypeInAnAppThatForbidsThem() {
    ValidationPlugin forbid = new ValidationPlugin().unknownFields(UnknownFieldPolicy.FORBID);
    assertThat(post(forbid, "/lenient", "{\"name\":\"a\",\"extra\":{\"deep\":[1,2]}}").text()).isEqualTo("a");
    assertThat(post(forbid, "/jackson-lenient", "{\"name\":\"a\",\"extra\":1}").text()).isEqualTo("a");
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ValidationErrorFormat;
import io.brisk.annotation.Header;
import io.brisk.annotation.Post;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sensitive inputs keep their errors but never echo their value, conversion errors included. */
class SensitiveTest {
  public record Secret(@Sensitive @Pattern(regexp = "^[A-Z]+$") String value) {}

  public record SignUp(@NotBlank String user, @Sensitive @Size(min = 12) String password, @Sensitive int pin,
      List<@Valid Secret> secrets) {}

  public static final class Api {
    @Post("/signup")
    public String signUp(SignUp body, @Header @Sensitive @Size(min = 10) String xApiKey, @Query @Sensitive int code) {
      return "welcome";
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
  void omitsTheInputOfSensitiveConstraintViolations() {
    TestResponse r = client.post("/signup?code=1").header("X-Api-Key", "short-key")
        .body("{\"user\":\"\",\"password\":\"hunter2\",\"pin\":1234,\"secrets\":[{\"value\":\"OK\"},{\"value\":\"oops\"}]}",
            "application/json")
        .send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','user'],'msg':'String should have at least 1 character','type':'string_too_short','input':'',
          'ctx':{'min_length':1}},
         {'loc':['body','password'],'msg':'String should have at least 12 characters','type':'string_too_short',
          'ctx':{'min_length':12}},
         {'loc':['body','secrets',1,'value'],'msg':'String should match pattern \\u0027^[A-Z]+$\\u0027',
          'type':'string_pattern_mismatch','ctx':{'pattern':'^[A-Z]+$'}},
         {'loc':['header','x-api-key'],'msg':'String should have at least 10 characters','type':'string_too_short',
          'ctx':{'min_length':10}}]"""));
    assertThat(r.text()).doesNotContain("hunter2", "oops", "short-key");
  }

  @Test
  void omitsTheInputOfSensitiveConversionErrors() {
    TestResponse r = client.post("/signup?code=12ab").header("X-Api-Key", "long-enough-key")
        .body("{\"user\":\"ann\",\"password\":\"correct horse battery\",\"pin\":\"98x7\",\"secrets\":[]}",
            "application/json")
        .send();
    assertThat(errors(r)).isEqualTo(json("""
        [{'loc':['body','pin'],'msg':'Input should be a valid integer','type':'int_parsing'},
         {'loc':['query','code'],'msg':'Input should be a valid integer','type':'int_parsing'}]"""));
    assertThat(r.text()).doesNotContain("12ab", "98x7");
  }

  @Test
  void writesARedactedInputAsNullInFastApisFormat() {
    Brisk app = Brisk.create().include(new Api());
    app.options().validationErrorFormat(ValidationErrorFormat.FASTAPI);
    try (TestClient fastapi = TestClient.of(app)) {
      TestResponse r = fastapi.post("/signup?code=1").header("X-Api-Key", "tiny")
          .body("{\"user\":\"ann\",\"password\":\"correct horse battery\",\"pin\":1,\"secrets\":[]}", "application/json")
          .send();
      assertThat(r.json().get("detail")).isEqualTo(json("""
          [{'type':'string_too_short','loc':['header','x-api-key'],'msg':'String should have at least 10 characters',
            'input':null,'ctx':{'min_length':10}}]"""));
    }
  }
}

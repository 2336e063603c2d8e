package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Header;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversion errors (from core) and constraint violations (from this module) in one answer. */
class MergedErrorsTest {
  public record Note(@NotBlank String text) {}

  public static final class Api {
    @Post("/boards/{boardId}/notes")
    public String add(@Min(1) int boardId, @Max(10) int priority, @Size(min = 2) String author,
        List<@Min(0) Integer> pins, @Header @Size(min = 2) String xClient, Note note) {
      return "added";
    }
  }

  @Test
  void answersConversionAndConstraintErrorsOfOneRequestTogether() {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      TestResponse r = client.post("/boards/0/notes?priority=high&author=a&pins=1&pins=x&pins=-1")
          .header("X-Client", "w")
          .body("{\"text\":\"\"}", "application/json")
          .send();
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().get("detail").asText()).isEqualTo("6 inputs are invalid");
      assertThat(errors(r)).isEqualTo(json("""
          [{'loc':['query','priority'],'msg':'Input should be a valid integer','type':'int_parsing','input':'high'},
           {'loc':['query','pins',1],'msg':'Input should be a valid integer','type':'int_parsing','input':'x'},
           {'loc':['path','boardId'],'msg':'Input should be greater than or equal to 1','type':'greater_than_equal',
            'input':0,'ctx':{'ge':1}},
           {'loc':['query','author'],'msg':'String should have at least 2 characters','type':'string_too_short',
            'input':'a','ctx':{'min_length':2}},
           {'loc':['header','x-client'],'msg':'String should have at least 2 characters','type':'string_too_short',
            'input':'w','ctx':{'min_length':2}},
           {'loc':['body','text'],'msg':'String should have at least 1 character','type':'string_too_short',
            'input':'','ctx':{'min_length':1}}]"""));
    }
  }

  @Test
  void checksTheOtherInputsWhenTheBodyIsNotJson() {
    try (TestClient client = TestClient.of(Brisk.create().include(new Api()))) {
      TestResponse r = client.post("/boards/0/notes?priority=1&author=ann&pins=1")
          .header("X-Client", "web")
          .body("{\"text\":", "application/json")
          .send();
      assertThat(errors(r)).extracting(e -> e.get("type").asText()).containsExactly("json_invalid", "greater_than_equal");
    }
  }
}

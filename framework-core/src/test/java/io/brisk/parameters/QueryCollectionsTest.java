package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.RouteParameter;
import io.brisk.annotation.Get;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class QueryCollectionsTest {
  public static class Api {
    @Get("/list")
    public String list(List<Integer> id) {
      return id.toString();
    }

    @Get("/set")
    public String set(Set<String> tag) {
      return new TreeSet<>(tag).toString();
    }

    @Get("/defaulted")
    public String defaulted(@Query(defaultValue = "a,b") List<String> tag) {
      return tag.toString();
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void collectsRepeatedValuesIntoAListInOrder() {
    assertThat(client.get("/list?id=3&id=1&id=2").send().text()).isEqualTo("[3, 1, 2]");
  }

  @Test
  void givesAnEmptyListWhenTheParameterIsAbsent() {
    assertThat(client.get("/list").send().text()).isEqualTo("[]");
  }

  @Test
  void neverMarksACollectionRequired() {
    assertThat(app.routes()).flatExtracting(r -> r.parameters()).extracting(RouteParameter::required)
        .containsOnly(false);
  }

  @Test
  void reportsEachBadItemAtItsIndex() {
    TestResponse r = client.get("/list?id=1&id=x&id=3&id=y").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo("["
        + "{\"loc\":[\"query\",\"id\",1],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"x\"},"
        + "{\"loc\":[\"query\",\"id\",3],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"y\"}]");
  }

  @Test
  void collectsRepeatedValuesIntoASet() {
    assertThat(client.get("/set?tag=b&tag=a").send().text()).isEqualTo("[a, b]");
  }

  @Test
  void rejectsADuplicateValueForASet() {
    TestResponse r = client.get("/set?tag=a&tag=a").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo(
        "[{\"loc\":[\"query\",\"tag\"],\"msg\":\"Set should have unique items\",\"type\":\"set_not_unique\",\"input\":[\"a\",\"a\"]}]");
  }

  @Test
  void splitsADefaultAtCommas() {
    assertThat(client.get("/defaulted").send().text()).isEqualTo("[a, b]");
    assertThat(client.get("/defaulted?tag=c").send().text()).isEqualTo("[c]");
  }
}

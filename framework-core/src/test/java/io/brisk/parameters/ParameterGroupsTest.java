package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ParamSource;
import io.brisk.RouteParameter;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ParameterGroupsTest {
  public record Paging(
      @Query(defaultValue = "0") int offset,
      @Query(value = "page-size", defaultValue = "10", description = "items per page") int limit,
      Optional<String> sort,
      List<String> filter) {

    public Paging {
      if (limit > 100) {
        throw new IllegalArgumentException("limit must be at most 100");
      }
    }
  }

  public record Client(@Header String userAgent, @Header("X-Client-Version") int version) {}

  public static class Api {
    @Get("/items")
    public String items(@Query Paging paging) {
      return paging.offset() + "/" + paging.limit() + "/" + paging.sort().orElse("-") + "/" + paging.filter();
    }

    @Get("/client")
    public String client(@Header Client client) {
      return client.userAgent() + " v" + client.version();
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void bindsARecordAsAGroupOfQueryParameters() {
    assertThat(client.get("/items?offset=20&page-size=5&sort=name&filter=a&filter=b").send().text())
        .isEqualTo("20/5/name/[a, b]");
  }

  @Test
  void appliesTheComponentsDefaults() {
    assertThat(client.get("/items").send().text()).isEqualTo("0/10/-/[]");
  }

  @Test
  void reportsEveryBadComponentAtItsOwnName() {
    TestResponse r = client.get("/items?offset=x&page-size=y").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo("["
        + "{\"loc\":[\"query\",\"offset\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"x\"},"
        + "{\"loc\":[\"query\",\"page-size\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"y\"}]");
  }

  @Test
  void reportsARejectionByTheRecordsConstructorAgainstTheGroup() {
    TestResponse r = client.get("/items?page-size=500").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo(
        "[{\"loc\":[\"query\"],\"msg\":\"Value error, limit must be at most 100\",\"type\":\"value_error\"}]");
  }

  @Test
  void bindsARecordAsAGroupOfHeaders() {
    TestResponse r = client.get("/client").header("User-Agent", "app").header("X-Client-Version", "3").send();

    assertThat(r.text()).isEqualTo("app v3");
  }

  @Test
  void reportsAMissingHeaderOfAGroupAtItsWireName() {
    TestResponse r = client.get("/client").header("X-Client-Version", "3").send();

    assertThat(r.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"header\",\"user-agent\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void describesTheGroupsMembersInTheRouteModel() {
    RouteParameter paging = app.routes().stream().filter(r -> r.path().equals("/items")).findFirst().orElseThrow()
        .parameters().get(0);

    assertThat(paging.source()).isEqualTo(ParamSource.QUERY);
    assertThat(paging.members()).extracting(RouteParameter::name).containsExactly("offset", "page-size", "sort", "filter");
    assertThat(paging.members()).extracting(RouteParameter::required).containsExactly(false, false, false, false);
    assertThat(paging.members().get(1).description()).isEqualTo("items per page");
    assertThat(paging.members().get(1).defaultValue()).hasValue("10");
  }
}

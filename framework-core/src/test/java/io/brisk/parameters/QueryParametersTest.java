package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ParamSource;
import io.brisk.RouteParameter;
import io.brisk.annotation.Get;
import io.brisk.annotation.Query;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  public static class Api {
    @Get("/search")
    public String search(String q, int limit) {
      return q + " limit " + limit;
    }

    @Get("/optional")
    public String optional(Optional<String> q, Optional<Integer> page) {
      return q.orElse("none") + " " + page.map(p -> "page " + p).orElse("no page");
    }

    @Get("/aliased")
    public String aliased(@Query(value = "page-size", defaultValue = "20", description = "items per page") int pageSize) {
      return "page size " + pageSize;
    }

    @Get("/defaults")
    public String defaults(@Query(defaultValue = "asc") String order, @Query(defaultValue = "1") Integer page) {
      return order + " " + page;
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void bindsSimpleTypesFromTheQueryByDefault() {
    assertThat(client.get("/search?q=hammer&limit=5").send().text()).isEqualTo("hammer limit 5");
  }

  @Test
  void decodesPercentEncodingAndPlusInQueryValues() {
    assertThat(client.get("/search?q=red+hammer%21&limit=5").send().text()).isEqualTo("red hammer! limit 5");
  }

  @Test
  void takesTheFirstOfRepeatedValuesForASingleParameter() {
    assertThat(client.get("/search?q=a&q=b&limit=1").send().text()).isEqualTo("a limit 1");
  }

  @Test
  void rejectsAMissingRequiredValue() {
    TestResponse r = client.get("/search?q=hammer").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"query\",\"limit\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void treatsAnEmptyValueAsPresent() {
    TestResponse r = client.get("/search?q=&limit=3").send();

    assertThat(r.text()).isEqualTo(" limit 3");
  }

  @Test
  void givesEmptyForAnAbsentOptional() {
    assertThat(client.get("/optional").send().text()).isEqualTo("none no page");
  }

  @Test
  void givesTheConvertedValueForAPresentOptional() {
    assertThat(client.get("/optional?q=x&page=4").send().text()).isEqualTo("x page 4");
  }

  @Test
  void stillRejectsAnOptionalValueThatDoesNotConvert() {
    TestResponse r = client.get("/optional?page=four").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"query\",\"page\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("int_parsing");
  }

  @Test
  void readsAnAliasedParameterByItsAlias() {
    assertThat(client.get("/aliased?page-size=50").send().text()).isEqualTo("page size 50");
    assertThat(client.get("/aliased?pageSize=50").send().text()).isEqualTo("page size 20");
  }

  @Test
  void appliesTheDefaultWhenTheValueIsAbsent() {
    assertThat(client.get("/defaults").send().text()).isEqualTo("asc 1");
    assertThat(client.get("/defaults?order=desc&page=3").send().text()).isEqualTo("desc 3");
  }

  @Test
  void describesQueryParametersInTheRouteModel() {
    List<RouteParameter> search = parameters("/search");
    RouteParameter aliased = parameters("/aliased").get(0);

    assertThat(search).extracting(RouteParameter::source).containsOnly(ParamSource.QUERY);
    assertThat(search).extracting(RouteParameter::required).containsExactly(true, true);
    assertThat(aliased.name()).isEqualTo("page-size");
    assertThat(aliased.javaName()).isEqualTo("pageSize");
    assertThat(aliased.required()).isFalse();
    assertThat(aliased.defaultValue()).hasValue("20");
    assertThat(aliased.description()).isEqualTo("items per page");
    assertThat(parameters("/optional")).extracting(RouteParameter::required).containsExactly(false, false);
  }

  private List<RouteParameter> parameters(String path) {
    return app.routes().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow().parameters();
  }
}

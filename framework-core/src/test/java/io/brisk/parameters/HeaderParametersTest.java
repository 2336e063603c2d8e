package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.ParamSource;
import io.brisk.RouteParameter;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HeaderParametersTest {
  public static class Api {
    @Get("/agent")
    public String agent(@Header String userAgent) {
      return "agent " + userAgent;
    }

    @Get("/aliased")
    public String aliased(@Header("X-Api-Key") String key) {
      return "key " + key;
    }

    @Get("/defaulted")
    public String defaulted(@Header(defaultValue = "en") String acceptLanguage) {
      return "language " + acceptLanguage;
    }

    @Get("/optional")
    public String optional(@Header Optional<Integer> xRetryCount) {
      return "retries " + xRetryCount.map(String::valueOf).orElse("none");
    }

    @Get("/repeated")
    public String repeated(@Header List<String> xTag) {
      return "tags " + xTag;
    }

    @Get("/snake")
    public String snake(@Header String x_trace_id) {
      return "trace " + x_trace_id;
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void readsACamelCaseParameterFromItsKebabCaseHeader() {
    assertThat(client.get("/agent").header("User-Agent", "curl/8").send().text()).isEqualTo("agent curl/8");
  }

  @Test
  void turnsUnderscoresIntoHyphens() {
    assertThat(client.get("/snake").header("X-Trace-Id", "t1").send().text()).isEqualTo("trace t1");
  }

  @Test
  void matchesHeaderNamesIgnoringCase() {
    assertThat(client.get("/aliased").header("x-api-key", "secret").send().text()).isEqualTo("key secret");
  }

  @Test
  void reportsAMissingHeaderAtItsWireName() {
    TestResponse r = client.get("/agent").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"header\",\"user-agent\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void usesTheAliasAsWrittenInTheErrorLocation() {
    assertThat(client.get("/aliased").send().json().at("/errors/0/loc").toString())
        .isEqualTo("[\"header\",\"X-Api-Key\"]");
  }

  @Test
  void appliesTheDefaultWhenTheHeaderIsAbsent() {
    assertThat(client.get("/defaulted").send().text()).isEqualTo("language en");
    assertThat(client.get("/defaulted").header("Accept-Language", "de").send().text()).isEqualTo("language de");
  }

  @Test
  void convertsAnOptionalHeader() {
    assertThat(client.get("/optional").send().text()).isEqualTo("retries none");
    assertThat(client.get("/optional").header("X-Retry-Count", "2").send().text()).isEqualTo("retries 2");
  }

  @Test
  void collectsRepeatedHeaderLinesIntoAList() {
    TestResponse r = client.get("/repeated").header("X-Tag", "a").header("X-Tag", "b").send();

    assertThat(r.text()).isEqualTo("tags [a, b]");
  }

  @Test
  void givesAnEmptyListWithoutTheHeader() {
    assertThat(client.get("/repeated").send().text()).isEqualTo("tags []");
  }

  @Test
  void describesHeadersByTheirWireNameInTheRouteModel() {
    RouteParameter p = app.routes().stream().filter(r -> r.path().equals("/agent")).findFirst().orElseThrow()
        .parameters().get(0);

    assertThat(p.source()).isEqualTo(ParamSource.HEADER);
    assertThat(p.name()).isEqualTo("user-agent");
    assertThat(p.javaName()).isEqualTo("userAgent");
  }
}

package io.brisk.validation;

import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Response validation: off by default; when on, an invalid response is a logged 500. */
class ResponseValidationTest {
  public record ItemOut(@NotBlank String name, @PositiveOrZero int stock, @Sensitive @Size(max = 4) String code) {}

  public static final class Api {
    @Get("/items/{id}")
    public ItemOut read(int id) {
      return id == 0 ? new ItemOut("", -1, "secret-code") : new ItemOut("lamp", 3, "L1");
    }

    @Get("/wrapped")
    public Response<ItemOut> wrapped() {
      return Response.ok(new ItemOut("lamp", -5, "L1"));
    }

    @Get("/list")
    public List<ItemOut> list() {
      return List.of(new ItemOut("lamp", 1, "L1"), new ItemOut(" ", 1, "L2"));
    }

    @Get("/names")
    @Size(max = 2)
    public List<String> names() {
      return List.of("a", "b", "c");
    }
  }

  private static Brisk app(boolean responses) {
    return Brisk.create().plugin(new ValidationPlugin().validateResponses(responses)).include(new Api());
  }

  @Test
  void sendsAnInvalidResponseWhenResponseValidationIsOff() {
    try (TestClient client = TestClient.of(app(false))) {
      TestResponse r = client.get("/items/0").send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json()).isEqualTo(json("{'name':'','stock':-1,'code':'secret-code'}"));
    }
  }

  @Test
  void answers500AndLogsTheRouteWhenAResponseIsInvalid() {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TestResponse r;
    try (TestClient client = TestClient.of(app(true))) {
      assertThat(client.get("/items/1").send().status()).isEqualTo(200);
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      r = client.get("/items/0").send();
    } finally {
      System.setErr(original);
    }
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("detail").asText()).startsWith("An unexpected error occurred");
    assertThat(r.text()).doesNotContain("stock");
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("Unhandled exception in GET /items/0");
    assertThat(logged).contains(ResponseValidationException.class.getName() + ": The response of GET /items/{id} ->"
        + " Api.read is invalid: [response, name] string_too_short: String should have at least 1 character;"
        + " [response, stock] greater_than_equal: Input should be greater than or equal to 0;"
        + " [response, code] string_too_long: String should have at most 4 characters");
    assertThat(logged).doesNotContain("secret-code");
  }

  @Test
  void validatesTheBodyOfAResponseObjectAndTheElementsOfAList() {
    AtomicReference<ResponseValidationException> seen = new AtomicReference<>();
    Brisk app = app(true).exceptionHandler(ResponseValidationException.class, (e, request) -> {
      seen.set(e);
      return Response.status(500);
    });
    try (TestClient client = TestClient.of(app)) {
      assertThat(client.get("/wrapped").send().status()).isEqualTo(500);
      assertThat(seen.get().errors()).extracting(e -> e.loc() + " " + e.type() + " " + e.input())
          .containsExactly("[response, stock] greater_than_equal -5");
      assertThat(client.get("/list").send().status()).isEqualTo(500);
      assertThat(seen.get().errors()).extracting(e -> e.loc() + " " + e.type() + " " + e.input())
          .containsExactly("[response, 1, name] string_blank  ");
      assertThat(client.get("/names").send().status()).isEqualTo(500);
      assertThat(seen.get().errors()).extracting(e -> e.loc() + " " + e.type() + " " + e.input())
          .containsExactly("[response] too_long [a, b, c]");
    }
  }
}

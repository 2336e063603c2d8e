package io.brisk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.RequestValidationException;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ExceptionHandlersTest {
  public record Failure(String error, String requestId) {}

  static class DomainException extends RuntimeException {
    DomainException(String message) {
      super(message);
    }
  }

  static class OutOfStockException extends DomainException {
    OutOfStockException(String item) {
      super(item + " is out of stock");
    }
  }

  static class PriceChangedException extends DomainException {
    PriceChangedException() {
      super("the price changed");
    }
  }

  public static class Api {
    @Get("/stock")
    public String stock() {
      throw new OutOfStockException("Hammer");
    }

    @Get("/price")
    public String price() {
      throw new PriceChangedException();
    }

    @Get("/state")
    public String state() {
      throw new IllegalStateException("bad state");
    }

    @Get("/rethrow")
    public String rethrow() {
      throw new UnsupportedOperationException("nope");
    }

    @Get("/failing-handler")
    public String failingHandler() {
      throw new ArithmeticException("division");
    }

    @Get("/limit")
    public String limit(int limit) {
      return "limit " + limit;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create()
      .exceptionHandler(DomainException.class, (e, request) ->
          Response.status(409).body(new Failure(e.getMessage(), request.requestId())))
      .exceptionHandler(OutOfStockException.class, (e, request) ->
          Response.status(410).body(e.getMessage()))
      .exceptionHandler(RuntimeException.class, (e, request) -> Response.status(503).body("runtime"))
      .exceptionHandler(UnsupportedOperationException.class, (e, request) -> {
        throw new HttpException(501, "Not built yet", Map.of("X-Reason", e.getMessage()));
      })
      .exceptionHandler(ArithmeticException.class, (e, request) -> {
        throw new IllegalStateException("the handler itself failed");
      })
      .exceptionHandler(RequestValidationException.class, (e, request) ->
          Response.status(400).body("invalid: " + e.errors().get(0).loc()))
      .include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void answersWithTheHandlerOfTheExactType() {
    TestResponse r = client.get("/stock").send();

    assertThat(r.status()).isEqualTo(410);
    assertThat(r.text()).isEqualTo("Hammer is out of stock");
  }

  @Test
  void answersWithTheHandlerOfTheNearestSupertype() {
    TestResponse r = client.get("/price").header("X-Request-Id", "rid-7").send();

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.text()).isEqualTo("{\"error\":\"the price changed\",\"requestId\":\"rid-7\"}");
  }

  @Test
  void fallsBackToABroaderHandler() {
    assertThat(client.get("/state").send().text()).isEqualTo("runtime");
  }

  @Test
  void answersAnHttpExceptionThrownByAHandlerAsItsProblem() {
    TestResponse r = client.get("/rethrow").send();

    assertThat(r.status()).isEqualTo(501);
    assertThat(r.header("X-Reason")).hasValue("nope");
    assertThat(r.json().get("detail").asText()).isEqualTo("Not built yet");
  }

  @Test
  void answers500WhenTheExceptionHandlerItselfFails() {
    assertThat(client.get("/failing-handler").send().status()).isEqualTo(500);
  }

  @Test
  void letsAHandlerReplaceTheValidationAnswer() {
    TestResponse r = client.get("/limit?limit=x").send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text()).isEqualTo("invalid: [query, limit]");
  }

  @Test
  void doesNotRouteNotFoundThroughTheHandlers() {
    // No route matched, so there is no handler context: the plain problem answers.
    TestResponse r = client.get("/missing").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
  }
}

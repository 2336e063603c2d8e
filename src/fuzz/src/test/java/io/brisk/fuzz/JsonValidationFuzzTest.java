package io.brisk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;

/**
 * JSON bodies through the in-process client to routes taking validated records (nested records,
 * lists, maps, enums, Optional, bounded numbers, patterns). The input is either raw bytes sent as
 * the body, or a structured document that {@link JsonShapes} builds from the fuzzer's choices.
 *
 * <p>Oracles: a 2xx only when the value is valid (each handler re-validates what it got and fails
 * loudly otherwise); any other answer is 400, 413, 415 or 422 with a problem+json body, and a 422
 * locates each error; never a 500; no buffer leaks.
 */
class JsonValidationFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 413, 415, 422);
  private static final String[] ROUTES = {
      "POST /products", "POST /products/batch", "POST /products/by-key", "POST /variants",
      "PUT /dimensions/7", "PUT /dimensions/0", "PUT /dimensions/7?fits=SLIM&fits=WIDE"};
  private static final TestClient CLIENT = TestClient.of(app());

  private static Brisk app() {
    Brisk app = Brisk.create().include(new ValidatedApi());
    app.options().maxBodySize(64 * 1024);
    return app;
  }

  @AfterAll
  static void stop() {
    CLIENT.close();
  }

  @DictionaryFile(resourcePath = "json.dict")
  @FuzzTest(maxDuration = "60s")
  void jsonBodies(FuzzedDataProvider data) {
    String[] route = ROUTES[data.consumeInt(0, ROUTES.length - 1)].split(" ", 2);
    boolean structured = data.consumeBoolean();
    byte[] body = structured
        ? JsonShapes.forRoute(route[1], data).getBytes(StandardCharsets.UTF_8)
        : data.consumeRemainingAsBytes();
    TestResponse r = CLIENT.request(route[0], route[1]).body(body, "application/json").send();
    check(r, body);
    Oracles.noLeakReported();
  }

  private static void check(TestResponse r, byte[] body) {
    int status = r.status();
    String sent = new String(body, StandardCharsets.UTF_8);
    if (status >= 200 && status < 300) {
      return; // the handler has re-validated what it got
    }
    if (!CLIENT_ERRORS.contains(status)) {
      throw new Oracles.Finding("Status " + status + " for body " + sent + "\n" + r.text());
    }
    if (!r.header("Content-Type").orElse("").startsWith("application/problem+json")) {
      throw new Oracles.Finding("A " + status + " without a problem+json body for " + sent);
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(r.bytes());
    } catch (IOException e) {
      throw new Oracles.Finding("A " + status + " problem that is not JSON: " + r.text());
    }
    if (problem.path("status").asInt() != status) {
      throw new Oracles.Finding("A problem whose status is not " + status + ": " + r.text());
    }
    if (status == 422) {
      JsonNode errors = problem.path("errors");
      if (!errors.isArray() || errors.isEmpty()) {
        throw new Oracles.Finding("A 422 without errors for " + sent + ": " + r.text());
      }
      for (JsonNode error : errors) {
        if (!error.path("loc").isArray() || error.path("loc").isEmpty() || !error.path("msg").isTextual()) {
          throw new Oracles.Finding("A 422 error without a location and a message: " + r.text());
        }
      }
    }
  }
}

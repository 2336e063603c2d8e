package io.brisk.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.testing.TestResponse;

/** Test helpers: expected JSON written with single quotes, and the errors of a 422. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses JSON written with {@code '} for {@code "} (no apostrophes in the texts). */
  static JsonNode json(String singleQuoted) {
    try {
      return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(singleQuoted, e);
    }
  }

  /** The {@code errors} array of a problem response. */
  static JsonNode errors(TestResponse r) {
    JsonNode body = r.json();
    if (!body.has("errors")) {
      throw new AssertionError("no errors in " + r);
    }
    return body.get("errors");
  }
}

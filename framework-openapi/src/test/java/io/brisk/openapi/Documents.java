package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Fetches documents from apps through the test client, and checks them with swagger-parser. */
final class Documents {
  static final ObjectMapper JSON = new ObjectMapper();

  private Documents() {}

  /** The JSON text the app serves at {@code /openapi.json}. */
  static String json(Brisk app) {
    return get(app, "/openapi.json");
  }

  static String get(Brisk app, String path) {
    try (TestClient client = TestClient.of(app)) {
      TestResponse r = client.get(path).send();
      assertThat(r.status()).as("GET " + path + ": " + r.text()).isEqualTo(200);
      return r.text();
    }
  }

  /** The JSON tree of the app's document. */
  static JsonNode tree(Brisk app) {
    return tree(json(app));
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** swagger-parser's messages about a document (errors and warnings), with references resolved. */
  static List<String> problems(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
    assertThat(result.getOpenAPI()).as("parsed document").isNotNull();
    return result.getMessages() == null ? List.of() : result.getMessages();
  }
}

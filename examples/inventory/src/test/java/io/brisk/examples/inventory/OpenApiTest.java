package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document, and the pages that show it. */
class OpenApiTest {
  private static final Fixture fixture = Fixture.h2(Map.of("INVENTORY_DEBUG_ROUTES", "1"));
  private static final TestClient client = fixture.client();
  private static final String document = client.get("/openapi.json").send().text();
  private static final JsonNode doc = client.get("/openapi.json").send().json();

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static JsonNode operation(String path, String method) {
    JsonNode op = doc.path("paths").path(path).path(method);
    assertThat(op.isMissingNode()).as(method + " " + path).isFalse();
    return op;
  }

  @Test
  void isAValidOpenApi31Document() {
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(doc.path("info").path("title").asText()).isEqualTo("Inventory API");
  }

  @Test
  void documentsEveryEndpointButTheDebugOne() {
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);

    assertThat(paths).contains("/", "/health", "/token", "/users/me", "/items", "/items/{item_id}", "/files", "/events",
        "/predict");
    assertThat(paths).noneMatch(p -> p.startsWith("/debug"));
    assertThat(operation("/items", "post")).isNotNull();
    assertThat(operation("/items", "get")).isNotNull();
    for (String method : List.of("get", "put", "patch", "delete")) {
      assertThat(operation("/items/{item_id}", method)).isNotNull();
    }
  }

  @Test
  void documentsTheBearerSchemeWithItsTokenUrlAndScopes() {
    JsonNode schemes = doc.path("components").path("securitySchemes");
    JsonNode scheme = schemes.elements().next();

    assertThat(scheme.path("type").asText()).isEqualTo("oauth2");
    assertThat(scheme.path("flows").path("password").path("tokenUrl").asText()).isEqualTo("/token");
    assertThat(scheme.path("flows").path("password").path("scopes").has("items:write")).isTrue();
    assertThat(operation("/items", "post").path("security").toString()).contains("items:write");
    assertThat(operation("/users/me", "get").path("security").isArray()).isTrue();
    assertThat(operation("/items", "get").has("security")).isFalse();
  }

  @Test
  void documentsTheErrorResponsesWithTheProblemSchema() {
    JsonNode put = operation("/items/{item_id}", "put").path("responses");

    assertThat(put.has("200")).isTrue();
    for (String status : List.of("401", "403", "404", "422")) {
      assertThat(put.has(status)).as(status).isTrue();
      assertThat(put.path(status).path("content").fieldNames().next()).as(status).isEqualTo("application/problem+json");
    }
    assertThat(operation("/items/{item_id}", "delete").path("responses").has("204")).isTrue();
    assertThat(operation("/items/{item_id}", "get").path("responses").has("404")).isTrue();
    assertThat(operation("/items", "post").path("responses").has("201")).isTrue();
    assertThat(operation("/items", "post").path("responses").path("201").path("headers").has("Location")).isTrue();
    assertThat(operation("/token", "post").path("responses").has("401")).isTrue();
    assertThat(operation("/health", "get").path("responses").has("503")).isTrue();
  }

  @Test
  void documentsParametersWithTheirConstraints() {
    JsonNode params = operation("/items", "get").path("parameters");
    JsonNode limit = null;
    JsonNode tag = null;
    for (JsonNode p : params) {
      if (p.path("name").asText().equals("limit")) {
        limit = p;
      }
      if (p.path("name").asText().equals("tag")) {
        tag = p;
      }
    }

    assertThat(limit).isNotNull();
    assertThat(limit.path("schema").path("minimum").asInt()).isEqualTo(1);
    assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(100);
    assertThat(limit.path("schema").path("default").asInt()).isEqualTo(10);
    assertThat(tag.path("schema").path("type").asText()).isEqualTo("array");
    JsonNode itemId = operation("/items/{item_id}", "get").path("parameters").get(0);
    assertThat(itemId.path("name").asText()).isEqualTo("item_id");
    assertThat(itemId.path("in").asText()).isEqualTo("path");
    assertThat(itemId.path("schema").path("minimum").asInt()).isEqualTo(1);
  }

  @Test
  void documentsTheBodySchemas() {
    JsonNode itemIn = doc.path("components").path("schemas").path("ItemIn");

    assertThat(itemIn.path("properties").path("name").path("maxLength").asInt()).isEqualTo(100);
    assertThat(itemIn.path("properties").path("category").path("$ref").asText()).isEqualTo("#/components/schemas/Category");
    assertThat(doc.path("components").path("schemas").path("Category").path("enum").toString()).contains("tools", "books", "food");
    assertThat(itemIn.path("required").toString()).contains("name", "price", "category");
    assertThat(operation("/predict", "post").path("requestBody").toString()).contains("Measurements");
    assertThat(doc.path("components").path("schemas").path("Measurements").path("properties").has("sepal_length")).isTrue();
    assertThat(operation("/items/{item_id}", "patch").path("requestBody").toString()).contains("ItemPatch");
  }

  @Test
  void documentsTheUploadAsAMultipartForm() {
    JsonNode schema = operation("/files", "post").path("requestBody").path("content").path("multipart/form-data").path("schema");

    assertThat(schema.path("properties").path("file").path("format").asText()).isEqualTo("binary");
    assertThat(schema.path("properties").path("description").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("required").toString()).isEqualTo("[\"file\"]");
  }

  @Test
  void documentsTheTokenFormAndTheEventStream() {
    assertThat(operation("/token", "post").path("requestBody").path("content").has("application/x-www-form-urlencoded")).isTrue();
    assertThat(operation("/events", "get").path("responses").path("200").path("content").has("text/event-stream")).isTrue();
  }

  @Test
  void servesSwaggerUiAndRedoc() {
    TestResponse docs = client.get("/docs").send();
    TestResponse redoc = client.get("/redoc").send();

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.header("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(docs.text()).contains("swagger-ui");
    assertThat(redoc.status()).isEqualTo(200);
    assertThat(redoc.text()).containsIgnoringCase("redoc");
  }
}

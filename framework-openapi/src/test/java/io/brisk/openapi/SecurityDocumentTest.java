package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.openapi.apps.SecureApp;
import org.junit.jupiter.api.Test;

/** Security schemes, requirements, forms and dependency inputs, from the route model. */
class SecurityDocumentTest {
  private static final JsonNode DOC = Documents.tree(SecureApp.app());

  private static JsonNode op(String path, String method) {
    return DOC.path("paths").path(path).path(method);
  }

  @Test
  void listsTheSchemesTheRoutesUse() {
    assertThat(DOC.path("components").path("securitySchemes").toString()).isEqualTo("{"
        + "\"APIKeyHeader\":{\"type\":\"apiKey\",\"name\":\"X-API-Key\",\"in\":\"header\"},"
        + "\"HTTPBasic\":{\"type\":\"http\",\"scheme\":\"basic\"},"
        + "\"OAuth2PasswordBearer\":{\"type\":\"oauth2\",\"flows\":{\"password\":{\"tokenUrl\":\"/token\","
        + "\"scopes\":{\"items:read\":\"Read items\",\"items:write\":\"Change items\"}}}}}");
  }

  @Test
  void theTokenUrlFollowsTheRootPathOfAProxy() {
    JsonNode doc = Documents.tree(SecureApp.app().plugin(new OpenApiPlugin(new OpenApiConfig().rootPath("/shop"))));
    assertThat(doc.path("components").path("securitySchemes").path("OAuth2PasswordBearer").path("flows").path("password")
        .path("tokenUrl").asText()).isEqualTo("/shop/token");
  }

  @Test
  void operationsRequireTheirSchemesWithScopes() {
    assertThat(op("/items", "get").path("security").toString()).isEqualTo("[{\"OAuth2PasswordBearer\":[\"items:read\"]}]");
    assertThat(op("/me", "get").path("security").toString()).isEqualTo("[{\"OAuth2PasswordBearer\":[]}]");
    assertThat(op("/basic", "get").path("security").toString()).isEqualTo("[{\"HTTPBasic\":[]}]");
    assertThat(op("/token", "post").has("security")).isFalse();
  }

  @Test
  void anOptionalCredentialMakesSecurityOptional() {
    assertThat(op("/welcome", "get").path("security").toString()).isEqualTo("[{\"OAuth2PasswordBearer\":[]},{}]");
    assertThat(op("/welcome", "get").path("responses").has("401")).isFalse();
  }

  @Test
  void securedOperationsDocument401AndScopedOnes403() {
    JsonNode items = op("/items", "get").path("responses");
    assertThat(items.path("401").path("headers").has("WWW-Authenticate")).isTrue();
    assertThat(items.path("403").path("description").asText()).isEqualTo("Not enough permissions");
    assertThat(op("/me", "get").path("responses").has("401")).isTrue();
    assertThat(op("/me", "get").path("responses").has("403")).isFalse();
  }

  @Test
  void formFieldsAreAnUrlEncodedBody() {
    JsonNode body = op("/token", "post").path("requestBody");
    assertThat(body.path("required").asBoolean()).isTrue();
    JsonNode schema = body.path("content").path("application/x-www-form-urlencoded").path("schema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"password\",\"username\"]");
    java.util.List<String> names = new java.util.ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("grant_type", "username", "password", "scope", "client_id", "client_secret");
  }

  @Test
  void dependenciesBringTheirParameters() {
    assertThat(op("/items", "get").path("parameters").toString()).isEqualTo("["
        + "{\"name\":\"offset\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"default\":0,\"minimum\":0}},"
        + "{\"name\":\"limit\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"default\":10,\"maximum\":50,\"minimum\":1}},"
        + "{\"name\":\"X-Trace\",\"in\":\"header\",\"required\":false,\"schema\":{\"type\":\"string\"}}]");
  }
}

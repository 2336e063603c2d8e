package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.openapi.apps.AccountsApp;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records whose input and output shapes differ get two schemas, {@code Name-Input} and
 * {@code Name-Output}, where they are used both ways; the others keep one schema and their name.
 */
class InputOutputSchemaTest {
  private static final JsonNode DOC = Documents.tree(AccountsApp.app());
  private static final JsonNode SCHEMAS = DOC.path("components").path("schemas");

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    SCHEMAS.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String ref(String path, String method, boolean request) {
    JsonNode op = DOC.path("paths").path(path).path(method);
    JsonNode content = request ? op.path("requestBody").path("content") : op.path("responses").path("200").path("content");
    return content.path("application/json").path("schema").toString();
  }

  @Test
  void splitsOnlyWhatIsUsedBothWaysWithDifferentShapes() {
    assertThat(names()).containsExactly("Account-Input", "Account-Output", "Audit", "Role-Input", "Role-Output",
        "Team-Input", "Team-Output", "ValidationError", "ValidationProblem");
    assertThat(ref("/accounts", "post", true)).contains("\"#/components/schemas/Account-Input\"");
    assertThat(ref("/accounts", "post", false)).contains("\"#/components/schemas/Account-Output\"");
    assertThat(ref("/accounts/{id}", "get", false)).contains("\"#/components/schemas/Account-Output\"");
    assertThat(ref("/roles", "get", false)).contains("\"#/components/schemas/Role-Output\"");
    assertThat(ref("/audit", "get", false)).contains("\"#/components/schemas/Audit\"");
  }

  @Test
  void theInputLeavesOutReadOnlyPropertiesAndRequiresOnlyWhatMustBeSent() {
    JsonNode input = SCHEMAS.path("Account-Input");

    assertThat(input.path("properties").has("id")).isFalse();
    assertThat(input.path("properties").path("password").path("writeOnly").asBoolean()).isTrue();
    assertThat(input.path("properties").path("plan").toString()).isEqualTo("{\"type\":[\"string\",\"null\"],\"default\":\"free\"}");
    assertThat(input.path("required").toString()).isEqualTo("[\"name\",\"roles\"]");
    assertThat(input.path("properties").path("roles").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/Role-Input");
  }

  @Test
  void theOutputLeavesOutWriteOnlyPropertiesAndRequiresEverythingTheServerWrites() {
    JsonNode output = SCHEMAS.path("Account-Output");

    assertThat(output.path("properties").has("password")).isFalse();
    assertThat(output.path("properties").path("id").path("readOnly").asBoolean()).isTrue();
    // A default the record applies: always present, never null.
    assertThat(output.path("properties").path("plan").toString()).isEqualTo("{\"type\":\"string\",\"default\":\"free\"}");
    // Nullable without a default: always present, maybe null.
    assertThat(output.path("properties").path("nickname").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(output.path("required").toString()).isEqualTo("[\"id\",\"name\",\"nickname\",\"plan\",\"roles\"]");
    assertThat(SCHEMAS.path("Audit").path("properties").path("changes").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void aRecordThatHoldsASplitOneIsSplitToo() {
    assertThat(SCHEMAS.path("Team-Input").path("properties").path("members").path("items").path("$ref").asText())
        .isEqualTo("#/components/schemas/Account-Input");
    assertThat(SCHEMAS.path("Team-Output").path("properties").path("members").path("items").path("$ref").asText())
        .isEqualTo("#/components/schemas/Account-Output");
  }

  @Test
  void theServerDoesWhatTheSchemasSay() {
    try (TestClient client = TestClient.of(AccountsApp.app())) {
      TestResponse r = client.post("/accounts").body("{\"id\":5,\"name\":\"a\",\"password\":\"secret\",\"roles\":[{\"name\":\"admin\"}]}",
          "application/json").send();

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.text()).isEqualTo("{\"id\":1,\"name\":\"a\",\"plan\":\"free\",\"roles\":[{\"name\":\"admin\",\"note\":null}],"
          + "\"nickname\":null}");
    }
  }

  @Test
  void aDocumentWithoutDifferencesKeepsOneSchemaPerRecord() {
    String hello = Documents.json(HelloApp.app());

    assertThat(hello).doesNotContain("-Input").doesNotContain("-Output");
  }

  @Test
  void theSplitDocumentIsValidAndTheSameEveryTime() {
    String json = Documents.json(AccountsApp.app());

    assertThat(Documents.problems(json)).isEmpty();
    assertThat(Documents.json(AccountsApp.app())).isEqualTo(json);
  }
}

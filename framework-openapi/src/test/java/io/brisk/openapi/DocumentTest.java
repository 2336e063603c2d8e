package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.Brisk;
import io.brisk.ValidationErrorFormat;
import io.brisk.annotation.Get;
import io.brisk.openapi.apps.CollisionApp;
import io.brisk.openapi.apps.HelloApp;
import io.brisk.openapi.apps.InventoryApp;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final JsonNode INVENTORY = Documents.tree(InventoryApp.app());

  private static JsonNode op(JsonNode doc, String path, String method) {
    JsonNode op = doc.path("paths").path(path).path(method);
    assertThat(op.isMissingNode()).as(method + " " + path).isFalse();
    return op;
  }

  private static List<JsonNode> operations(JsonNode doc) {
    List<JsonNode> out = new ArrayList<>();
    doc.path("paths").forEach(item -> item.forEach(out::add));
    return out;
  }

  @Test
  void documentsEveryVisibleRouteAndNothingElse() {
    List<String> paths = new ArrayList<>();
    INVENTORY.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactly("/v1/account/avatar", "/v1/account/greeting", "/v1/account/preferences",
        "/v1/items", "/v1/items/by-sku/{sku}", "/v1/items/export", "/v1/items/find", "/v1/items/search", "/v1/items/{itemId}");
  }

  @Test
  void operationIdsComeFromMethodNamesAndAreUnique() {
    assertThat(op(INVENTORY, "/v1/items/{itemId}", "get").path("operationId").asText()).isEqualTo("read");
    assertThat(op(INVENTORY, "/v1/items/search", "get").path("operationId").asText()).isEqualTo("searchItems");
    JsonNode collisions = Documents.tree(CollisionApp.app());
    assertThat(op(collisions, "/shop/items", "get").path("operationId").asText()).isEqualTo("shopApiListGet");
    assertThat(op(collisions, "/shop/items", "head").path("operationId").asText()).isEqualTo("shopApiListHead");
    assertThat(op(collisions, "/warehouse/items", "get").path("operationId").asText()).isEqualTo("warehouseApiListGet");
    for (JsonNode doc : List.of(INVENTORY, collisions)) {
      Set<String> ids = new HashSet<>();
      operations(doc).forEach(o -> assertThat(ids.add(o.path("operationId").asText())).isTrue());
    }
  }

  /** Two handlers that declare the same operation id. */
  public static final class Twice {
    /** One. */
    @Get(value = "/a", operationId = "same")
    public String a() {
      return "a";
    }

    /** Two. */
    @Get(value = "/b", operationId = "same")
    public String b() {
      return "b";
    }
  }

  @Test
  void rejectsTwoRoutesDeclaringTheSameOperationId() {
    Brisk app = Brisk.create().include(new Twice());
    assertThatThrownBy(app::routes)
        .hasMessageContaining("operationId 'same' is declared by both")
        .hasMessageContaining("DocumentTest$Twice.a")
        .hasMessageContaining("DocumentTest$Twice.b");
  }

  @Test
  void componentNamesThatCollideAreQualified() {
    JsonNode schemas = Documents.tree(CollisionApp.app()).path("components").path("schemas");
    List<String> names = new ArrayList<>();
    schemas.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("ValidationError", "ValidationProblem",
        "io.brisk.openapi.apps.CollisionApp.Shop.Item", "io.brisk.openapi.apps.CollisionApp.Shop.Problem",
        "io.brisk.openapi.apps.CollisionApp.Warehouse.Item");
  }

  @Test
  void summariesAndDescriptionsComeFromJavadocUnlessAnnotated() {
    JsonNode list = op(INVENTORY, "/v1/items", "get");
    assertThat(list.path("summary").asText()).isEqualTo("Lists items, a page at a time");
    assertThat(list.path("description").asText()).isEqualTo("Items come sorted by name. Use `offset` and `limit` to page.");
    assertThat(list.path("parameters").get(0).path("description").asText()).isEqualTo("how many items to skip");
    assertThat(list.path("responses").path("200").path("description").asText()).isEqualTo("a page of items");
    JsonNode find = op(INVENTORY, "/v1/items/find", "get");
    assertThat(find.path("summary").asText()).isEqualTo("Find items (old)");
    assertThat(find.path("description").asText()).isEqualTo("Use `/items/search`.");
    assertThat(find.path("deprecated").asBoolean()).isTrue();
  }

  @Test
  void parametersCarryTheirConstraintsDefaultsAndExamples() {
    JsonNode limit = op(INVENTORY, "/v1/items", "get").path("parameters").get(1);
    assertThat(limit.toString()).isEqualTo("{\"name\":\"limit\",\"in\":\"query\",\"description\":\"how many items to return at most\","
        + "\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"default\":20,\"maximum\":100,\"minimum\":1},"
        + "\"example\":10}");
    JsonNode q = op(INVENTORY, "/v1/items", "get").path("parameters").get(2);
    assertThat(q.path("schema").toString()).isEqualTo("{\"type\":\"string\",\"minLength\":2}");
    JsonNode itemId = op(INVENTORY, "/v1/items/{itemId}", "get").path("parameters").get(0);
    assertThat(itemId.path("schema").toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int64\",\"exclusiveMinimum\":0}");
    JsonNode session = op(INVENTORY, "/v1/account/preferences", "get").path("parameters").get(1);
    assertThat(session.toString()).isEqualTo("{\"name\":\"session\",\"in\":\"cookie\",\"required\":true,\"schema\":{\"type\":\"string\"}}");
    JsonNode material = op(INVENTORY, "/v1/items/search", "get").path("parameters").get(0);
    assertThat(material.path("schema").toString()).isEqualTo("{\"$ref\":\"#/components/schemas/Material\"}");
    assertThat(INVENTORY.path("components").path("schemas").path("Material").toString())
        .isEqualTo("{\"type\":\"string\",\"enum\":[\"WOOD\",\"STEEL\",\"PLASTIC\"]}");
  }

  @Test
  void schemasResolveGenericsAndNullability() {
    JsonNode list = op(INVENTORY, "/v1/items", "get");
    assertThat(list.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText())
        .isEqualTo("#/components/schemas/PageItem");
    JsonNode item = INVENTORY.path("components").path("schemas").path("Item");
    assertThat(item.path("properties").path("note").toString()).isEqualTo("{\"type\":[\"string\",\"null\"]}");
    assertThat(item.path("properties").path("supplier").toString())
        .isEqualTo("{\"oneOf\":[{\"$ref\":\"#/components/schemas/Supplier\"},{\"type\":\"null\"}]}");
    assertThat(item.path("properties").path("name").toString()).isEqualTo("{\"type\":\"string\",\"maxLength\":40,\"minLength\":1}");
    // Only returned: every property is written, the Optional ones as null when empty.
    assertThat(item.path("required").toString()).isEqualTo(
        "[\"addedOn\",\"id\",\"material\",\"name\",\"note\",\"price\",\"sku\",\"supplier\",\"tags\",\"updatedAt\"]");
  }

  @Test
  void responsesDocumentStatusesHeadersAndErrors() {
    JsonNode create = op(INVENTORY, "/v1/items", "post").path("responses");
    assertThat(create.path("201").path("headers").path("Location").path("schema").toString())
        .isEqualTo("{\"type\":\"string\",\"format\":\"uri-reference\"}");
    JsonNode delete = op(INVENTORY, "/v1/items/{itemId}", "delete").path("responses");
    assertThat(delete.path("204").toString()).isEqualTo("{\"description\":\"No Content\"}");
    JsonNode read = op(INVENTORY, "/v1/items/{itemId}", "get").path("responses");
    assertThat(read.path("404").path("content").path("application/problem+json").path("schema").path("$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
    JsonNode bySku = op(INVENTORY, "/v1/items/by-sku/{sku}", "get").path("responses");
    assertThat(bySku.path("404").path("description").asText()).isEqualTo("Not Found");
    JsonNode search = op(INVENTORY, "/v1/items/search", "get").path("responses");
    assertThat(search.path("200").path("headers").path("X-Total-Count").path("schema").path("format").asText()).isEqualTo("int64");
    JsonNode export = op(INVENTORY, "/v1/items/export", "get").path("responses").path("200").path("content");
    assertThat(export.toString()).isEqualTo("{\"application/jsonl\":{\"schema\":{\"$ref\":\"#/components/schemas/Item\"}}}");
    JsonNode avatar = op(INVENTORY, "/v1/account/avatar", "get").path("responses").path("200").path("content");
    assertThat(avatar.toString()).isEqualTo("{\"image/png\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}");
  }

  @Test
  void everyOperationThatTakesInputDocumentsTheValidationAnswer() {
    for (JsonNode op : operations(INVENTORY)) {
      boolean input = op.has("parameters") || op.has("requestBody");
      assertThat(op.path("responses").has("422")).as(op.path("operationId").asText()).isEqualTo(input);
    }
    assertThat(op(INVENTORY, "/v1/items", "post").path("responses").path("422").path("content").path("application/problem+json")
        .path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/ValidationProblem");
  }

  @Test
  void theValidationAnswerFollowsTheConfiguredFormatAndStatus() {
    Brisk app = InventoryApp.app();
    app.options().validationErrorFormat(ValidationErrorFormat.FASTAPI).validationErrorStatus(400);
    JsonNode doc = Documents.tree(app);
    JsonNode responses = op(doc, "/v1/items", "post").path("responses");
    assertThat(responses.has("422")).isFalse();
    assertThat(responses.path("400").path("content").path("application/json").path("schema").path("$ref").asText())
        .isEqualTo("#/components/schemas/HTTPValidationError");
    assertThat(doc.path("components").path("schemas").path("ValidationError").path("required").toString())
        .isEqualTo("[\"input\",\"loc\",\"msg\",\"type\"]");
  }

  @Test
  void theVersionSwitchWritesOpenApi303() {
    String json = Documents.json(InventoryApp.app(InventoryApp.config().openApiVersion(OpenApiVersion.V3_0)));
    JsonNode doc = Documents.tree(json);
    assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
    JsonNode item = doc.path("components").path("schemas").path("Item").path("properties");
    assertThat(item.path("note").toString()).isEqualTo("{\"type\":\"string\",\"nullable\":true}");
    assertThat(item.path("supplier").toString()).isEqualTo("{\"nullable\":true,\"allOf\":[{\"$ref\":\"#/components/schemas/Supplier\"}]}");
    assertThat(item.path("price").toString()).isEqualTo("{\"minimum\":0,\"exclusiveMinimum\":true,\"type\":\"number\"}");
    assertThat(doc.path("info").has("summary")).isFalse();
    assertThat(Documents.problems(json)).isEmpty();
  }

  @Test
  void infoServersAndTagsComeFromTheConfiguration() {
    assertThat(INVENTORY.path("info").toString()).isEqualTo("{\"title\":\"Inventory\",\"description\":\"Manage the **inventory**.\","
        + "\"contact\":{\"name\":\"Shelf team\",\"url\":\"https://example.com/team\",\"email\":\"shelves@example.com\"},"
        + "\"license\":{\"name\":\"Apache 2.0\",\"identifier\":\"Apache-2.0\"},\"version\":\"1.4.0\",\"summary\":\"Items on the shelves\"}");
    assertThat(INVENTORY.path("tags").toString()).isEqualTo("[{\"name\":\"items\",\"description\":\"Everything on the shelves\"},"
        + "{\"name\":\"account\",\"description\":\"Who is using the API\"},{\"name\":\"search\"}]");
    JsonNode doc = Documents.tree(InventoryApp.app(InventoryApp.config().server("https://api.example.com", "Production")));
    assertThat(doc.path("servers").toString()).isEqualTo("[{\"url\":\"https://api.example.com\",\"description\":\"Production\"}]");
    JsonNode behindProxy = Documents.tree(InventoryApp.app(InventoryApp.config().rootPath("/inventory/")));
    assertThat(behindProxy.path("servers").toString()).isEqualTo("[{\"url\":\"/inventory\"}]");
    JsonNode both = Documents.tree(InventoryApp.app(InventoryApp.config().rootPath("/inventory").server("https://api.example.com")));
    assertThat(both.path("servers").toString()).isEqualTo("[{\"url\":\"/inventory\"},{\"url\":\"https://api.example.com\"}]");
    JsonNode listed = Documents.tree(InventoryApp.app(InventoryApp.config().rootPath("/inventory").server("/inventory", "Proxy")));
    assertThat(listed.path("servers").toString()).isEqualTo("[{\"url\":\"/inventory\",\"description\":\"Proxy\"}]");
  }

  @Test
  void customizersAddWhatTheRouteModelDoesNotKnow() {
    OpenApiCustomizer security = new OpenApiCustomizer() {
      @Override
      public void operation(io.brisk.Route route, io.swagger.v3.oas.models.Operation operation, OpenApiContext context) {
        if (route.httpMethod() == io.brisk.HttpMethod.POST) {
          operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
        }
      }

      @Override
      public void document(io.swagger.v3.oas.models.OpenAPI document, OpenApiContext context) {
        if (document.getComponents() == null) {
          document.setComponents(new Components());
        }
        document.getComponents().addSecuritySchemes("bearer",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
      }
    };
    String json = Documents.json(InventoryApp.app(InventoryApp.config().customizer(security)));
    JsonNode doc = Documents.tree(json);
    assertThat(op(doc, "/v1/items", "post").path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
    assertThat(op(doc, "/v1/items", "get").has("security")).isFalse();
    assertThat(doc.path("components").path("securitySchemes").toString()).isEqualTo("{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"}}");
    assertThat(Documents.problems(json)).isEmpty();
  }

  @Test
  void thePluginFoundOnTheClasspathNeedsNoConfiguration() {
    JsonNode doc = Documents.tree(HelloApp.app());
    assertThat(doc.path("info").toString()).isEqualTo("{\"title\":\"Brisk API\",\"version\":\"0.1.0\"}");
    assertThat(op(doc, "/hello/{name}", "get").path("summary").asText()).isEqualTo("Greets someone by name");
  }

  @Test
  void thePluginGivesTheServedDocumentToCode() {
    OpenApiPlugin plugin = new OpenApiPlugin(InventoryApp.config());
    Brisk app = InventoryApp.app().plugin(plugin);
    assertThat(plugin.json()).isEmpty();
    app.routes();
    assertThat(plugin.json()).contains(Documents.json(app));
  }
}

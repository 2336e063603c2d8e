package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The items endpoints of the contract, run against each database ({@link H2ItemsTest},
 * {@link PostgresItemsTest}). Every test makes its own items (tagged uniquely where it lists).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ItemsContract {
  /** The app under test. */
  abstract Fixture fixture();

  TestClient client() {
    return fixture().client();
  }

  static String uniqueTag() {
    return "t-" + UUID.randomUUID();
  }

  JsonNode create(String json) {
    TestResponse r = client().post("/items").header("Authorization", "Bearer " + Fixture.alice())
        .body(json, "application/json").send();
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json();
  }

  JsonNode create(String name, String category, String... tags) {
    StringBuilder t = new StringBuilder();
    for (String tag : tags) {
      t.append(t.length() == 0 ? "" : ",").append('"').append(tag).append('"');
    }
    return create("{\"name\":\"" + name + "\",\"price\":2.5,\"category\":\"" + category + "\",\"tags\":[" + t + "]}");
  }

  TestResponse send(String method, String target, String token, String json) {
    var request = client().request(method, target);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.body(json, "application/json");
    }
    return request.send();
  }

  static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asLong()));
    return ids;
  }

  static String errors(TestResponse r) {
    return r.json().get("errors").toString();
  }

  // POST /items

  @Test
  void createsAnItemWithItsIdAndLocation() {
    TestResponse r = send("POST", "/items", Fixture.alice(),
        "{\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":9.5,\"tax\":1.25,\"tags\":[\"b\",\"a\"],\"category\":\"tools\"}");

    assertThat(r.status()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    assertThat(id).isPositive();
    assertThat(r.header("Location")).contains("/items/" + id);
    assertThat(r.text()).isEqualTo("{\"id\":" + id
        + ",\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":9.5,\"tax\":1.25,\"tags\":[\"b\",\"a\"],\"category\":\"tools\"}");
    assertThat(send("GET", "/items/" + id, null, null).text()).isEqualTo(r.text());
  }

  @Test
  void fillsTheOptionalFieldsWithTheirDefaults() {
    JsonNode item = create("{\"name\":\"Book\",\"price\":12,\"category\":\"books\"}");

    assertThat(item.toString()).isEqualTo("{\"id\":" + item.get("id").asLong()
        + ",\"name\":\"Book\",\"description\":null,\"price\":12.0,\"tax\":null,\"tags\":[],\"category\":\"books\"}");
  }

  @Test
  void acceptsNullForTheDescriptionAndTheTax() {
    JsonNode item = create("{\"name\":\"Bread\",\"description\":null,\"price\":3,\"tax\":null,\"category\":\"food\"}");

    assertThat(item.get("description").isNull()).isTrue();
    assertThat(item.get("tax").isNull()).isTrue();
  }

  @Test
  void acceptsTheBoundaryValues() {
    String json = "{\"name\":\"" + "n".repeat(100) + "\",\"description\":\"" + "d".repeat(300)
        + "\",\"price\":0.01,\"tax\":0,\"category\":\"food\"}";

    assertThat(send("POST", "/items", Fixture.alice(), json).status()).isEqualTo(201);
  }

  @Test
  void reportsEveryBrokenRuleOfAnItemAtOnce() {
    String json = "{\"name\":\"" + "n".repeat(101) + "\",\"description\":\"" + "d".repeat(301)
        + "\",\"price\":0,\"tax\":-1,\"category\":\"tools\"}";

    TestResponse r = send("POST", "/items", Fixture.alice(), json);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Type")).contains("application/problem+json");
    JsonNode errors = r.json().get("errors");
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0).get("loc").toString()).isEqualTo("[\"body\",\"name\"]");
    assertThat(errors.get(0).get("type").asText()).isEqualTo("string_too_long");
    assertThat(errors.get(1).get("loc").toString()).isEqualTo("[\"body\",\"description\"]");
    assertThat(errors.get(1).get("type").asText()).isEqualTo("string_too_long");
    assertThat(errors.get(2).get("loc").toString()).isEqualTo("[\"body\",\"price\"]");
    assertThat(errors.get(2).get("type").asText()).isEqualTo("greater_than");
    assertThat(errors.get(3).get("loc").toString()).isEqualTo("[\"body\",\"tax\"]");
    assertThat(errors.get(3).get("type").asText()).isEqualTo("greater_than_equal");
  }

  @Test
  void rejectsAnEmptyName() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\":\"\",\"price\":1,\"category\":\"food\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"name\"],\"msg\":\"String should have at least 1 character\","
        + "\"type\":\"string_too_short\",\"input\":\"\",\"ctx\":{\"min_length\":1}}]");
  }

  @Test
  void listsEveryMissingRequiredField() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"type\":\"missing\"},"
        + "{\"loc\":[\"body\",\"price\"],\"msg\":\"Field required\",\"type\":\"missing\"},"
        + "{\"loc\":[\"body\",\"category\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void rejectsACategoryThatIsNotOneOfTheThree() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\":\"x\",\"price\":1,\"category\":\"toys\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"body\",\"category\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("enum");
  }

  @Test
  void rejectsDuplicateTagsAtTheTagsField() {
    TestResponse r = send("POST", "/items", Fixture.alice(),
        "{\"name\":\"x\",\"price\":1,\"category\":\"food\",\"tags\":[\"a\",\"b\",\"a\"]}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"tags\"],\"msg\":\"Set should have unique items\","
        + "\"type\":\"set_not_unique\",\"input\":[\"a\",\"b\",\"a\"]}]");
  }

  @Test
  void rejectsNullTags() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\":\"x\",\"price\":1,\"category\":\"food\",\"tags\":null}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"tags\"],\"msg\":\"Input should be a valid array\",\"type\":\"list_type\"}]");
  }

  @Test
  void rejectsNullForARequiredField() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\":null,\"price\":1,\"category\":\"food\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"name\"],\"msg\":\"Input should be a valid string\",\"type\":\"string_type\"}]");
  }

  @Test
  void rejectsUnknownFields() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\":\"x\",\"price\":1,\"category\":\"food\",\"colour\":\"red\"}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(errors(r)).isEqualTo("[{\"loc\":[\"body\",\"colour\"],\"msg\":\"Extra inputs are not permitted\",\"type\":\"extra_forbidden\"}]");
  }

  @Test
  void answersMalformedJsonWithJsonInvalidAtTheBody() {
    TestResponse r = send("POST", "/items", Fixture.alice(), "{\"name\": ");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"body\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("json_invalid");
  }

  @Test
  void refusesACreationWithoutATokenBeforeLookingAtTheBody() {
    TestResponse r = send("POST", "/items", null, "{\"name\": ");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void refusesACreationWithAnInvalidTokenBeforeLookingAtTheBody() {
    TestResponse r = send("POST", "/items", "not-a-jwt", "{}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void refusesACreationWithoutTheWriteScope() {
    TestResponse r = send("POST", "/items", Fixture.bob(), "{\"name\":\"x\",\"price\":1,\"category\":\"food\"}");

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Content-Type")).contains("application/problem+json");
  }

  // GET /items/{item_id}

  @Test
  void answers404ForAnItemThatDoesNotExist() {
    TestResponse r = send("GET", "/items/999999", null, null);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"Item 999999 does not exist\",\"instance\":\"/items/999999\"}");
  }

  @Test
  void rejectsAnItemIdBelowOne() {
    TestResponse r = send("GET", "/items/0", null, null);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"path\",\"item_id\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("greater_than_equal");
  }

  @Test
  void rejectsAnItemIdThatIsNotANumber() {
    TestResponse r = send("GET", "/items/abc", null, null);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"path\",\"item_id\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("int_parsing");
  }

  // GET /items

  @Test
  void listsItemsInIdOrderTenByDefault() {
    String tag = uniqueTag();
    List<Long> made = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      made.add(create("item " + i, "food", tag).get("id").asLong());
    }

    TestResponse r = send("GET", "/items?tag=" + tag, null, null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(ids(r.json())).containsExactlyElementsOf(made.subList(0, 10));
    assertThat(ids(send("GET", "/items?tag=" + tag + "&skip=10", null, null).json())).containsExactlyElementsOf(made.subList(10, 12));
    assertThat(ids(send("GET", "/items?tag=" + tag + "&skip=2&limit=3", null, null).json()))
        .containsExactlyElementsOf(made.subList(2, 5));
  }

  @Test
  void listsAllItemsWithoutATokenInIdOrder() {
    create("anything", "tools");

    TestResponse r = send("GET", "/items?limit=100", null, null);

    assertThat(r.status()).isEqualTo(200);
    List<Long> ids = ids(r.json());
    assertThat(ids).isNotEmpty().isSorted();
  }

  @Test
  void filtersByCategory() {
    String tag = uniqueTag();
    long food = create("bread", "food", tag).get("id").asLong();
    create("saw", "tools", tag);

    assertThat(ids(send("GET", "/items?category=food&tag=" + tag, null, null).json())).containsExactly(food);
  }

  @Test
  void keepsItemsHavingEveryGivenTag() {
    String a = uniqueTag();
    String b = uniqueTag();
    long both = create("both", "books", a, b).get("id").asLong();
    long onlyA = create("only a", "books", a).get("id").asLong();
    create("only b", "books", b);

    assertThat(ids(send("GET", "/items?tag=" + a + "&tag=" + b, null, null).json())).containsExactly(both);
    assertThat(ids(send("GET", "/items?tag=" + a, null, null).json())).containsExactly(both, onlyA);
    assertThat(ids(send("GET", "/items?tag=" + a + "&tag=" + a, null, null).json())).containsExactly(both, onlyA);
  }

  @Test
  void rejectsLimitsOutsideOneToAHundredAndANegativeSkip() {
    TestResponse r = send("GET", "/items?skip=-1&limit=101", null, null);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"query\",\"skip\"]");
    assertThat(r.json().at("/errors/1/loc").toString()).isEqualTo("[\"query\",\"limit\"]");
    assertThat(r.json().at("/errors/1/type").asText()).isEqualTo("less_than_equal");
    assertThat(send("GET", "/items?limit=0", null, null).json().at("/errors/0/type").asText()).isEqualTo("greater_than_equal");
    assertThat(send("GET", "/items?limit=100", null, null).status()).isEqualTo(200);
  }

  @Test
  void rejectsAnUnknownCategoryInTheQuery() {
    TestResponse r = send("GET", "/items?category=toys", null, null);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"query\",\"category\"]");
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("enum");
  }

  // PUT /items/{item_id}

  @Test
  void replacesAnItemResettingOptionalFieldsNotSent() {
    long id = create("{\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":9.5,\"tax\":1,\"tags\":[\"x\"],\"category\":\"tools\"}")
        .get("id").asLong();

    TestResponse r = send("PUT", "/items/" + id, Fixture.alice(), "{\"name\":\"Mallet\",\"price\":7,\"category\":\"tools\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"id\":" + id
        + ",\"name\":\"Mallet\",\"description\":null,\"price\":7.0,\"tax\":null,\"tags\":[],\"category\":\"tools\"}");
    assertThat(send("GET", "/items/" + id, null, null).text()).isEqualTo(r.text());
  }

  @Test
  void answers404WhenReplacingAnItemThatDoesNotExist() {
    assertThat(send("PUT", "/items/999999", Fixture.alice(), "{\"name\":\"x\",\"price\":1,\"category\":\"food\"}").status())
        .isEqualTo(404);
  }

  @Test
  void validatesTheReplacementLikeANewItem() {
    long id = create("thing", "food").get("id").asLong();

    TestResponse r = send("PUT", "/items/" + id, Fixture.alice(), "{\"name\":\"x\",\"price\":-1,\"category\":\"food\",\"extra\":1}");

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("extra_forbidden");
  }

  @Test
  void refusesAReplacementWithoutAToken() {
    TestResponse r = send("PUT", "/items/1", null, "not json");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }

  // PATCH /items/{item_id}

  @Test
  void changesOnlyTheFieldsSent() {
    long id = create("{\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":9.5,\"tax\":1,\"tags\":[\"x\"],\"category\":\"tools\"}")
        .get("id").asLong();

    TestResponse r = send("PATCH", "/items/" + id, Fixture.alice(), "{\"price\":11,\"tags\":[\"y\",\"z\"]}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"id\":" + id
        + ",\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":11.0,\"tax\":1.0,\"tags\":[\"y\",\"z\"],\"category\":\"tools\"}");
    assertThat(send("GET", "/items/" + id, null, null).text()).isEqualTo(r.text());
  }

  @Test
  void clearsTheNullableFieldsSentAsNull() {
    long id = create("{\"name\":\"Hammer\",\"description\":\"Steel\",\"price\":9.5,\"tax\":1,\"category\":\"tools\"}")
        .get("id").asLong();

    TestResponse r = send("PATCH", "/items/" + id, Fixture.alice(), "{\"description\":null,\"tax\":null}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("description").isNull()).isTrue();
    assertThat(r.json().get("tax").isNull()).isTrue();
    assertThat(r.json().get("name").asText()).isEqualTo("Hammer");
  }

  @Test
  void keepsEverythingForAnEmptyPatch() {
    JsonNode item = create("{\"name\":\"Hammer\",\"price\":9.5,\"tags\":[\"a\"],\"category\":\"tools\"}");

    TestResponse r = send("PATCH", "/items/" + item.get("id").asLong(), Fixture.alice(), "{}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(item);
  }

  @Test
  void refusesNullWhereTheItemRefusesIt() {
    long id = create("thing", "food").get("id").asLong();

    for (String field : List.of("name", "price", "tags", "category")) {
      TestResponse r = send("PATCH", "/items/" + id, Fixture.alice(), "{\"" + field + "\":null}");

      assertThat(r.status()).as(field).isEqualTo(422);
      assertThat(r.json().at("/errors/0/loc").toString()).isEqualTo("[\"body\",\"" + field + "\"]");
    }
    assertThat(send("GET", "/items/" + id, null, null).json().get("name").asText()).isEqualTo("thing");
  }

  @Test
  void checksEachPatchedFieldLikeTheItem() {
    long id = create("thing", "food").get("id").asLong();
    String json = "{\"name\":\"\",\"description\":\"" + "d".repeat(301) + "\",\"price\":0,\"tax\":-0.5}";

    TestResponse patched = send("PATCH", "/items/" + id, Fixture.alice(), json);
    TestResponse created = send("POST", "/items", Fixture.alice(), json.replace("}", ",\"category\":\"food\"}"));

    assertThat(patched.status()).isEqualTo(422);
    assertThat(errors(patched)).isEqualTo(errors(created));
    assertThat(patched.json().get("errors")).hasSize(4);
  }

  @Test
  void refusesUnknownFieldsAndDuplicateTagsInAPatch() {
    long id = create("thing", "food").get("id").asLong();

    TestResponse unknown = send("PATCH", "/items/" + id, Fixture.alice(), "{\"nmae\":\"x\"}");
    TestResponse duplicates = send("PATCH", "/items/" + id, Fixture.alice(), "{\"tags\":[\"a\",\"a\"]}");

    assertThat(errors(unknown)).isEqualTo("[{\"loc\":[\"body\",\"nmae\"],\"msg\":\"Extra inputs are not permitted\",\"type\":\"extra_forbidden\"}]");
    assertThat(duplicates.json().at("/errors/0/loc").toString()).isEqualTo("[\"body\",\"tags\"]");
    assertThat(duplicates.json().at("/errors/0/type").asText()).isEqualTo("set_not_unique");
  }

  @Test
  void answers404WhenPatchingAnItemThatDoesNotExist() {
    assertThat(send("PATCH", "/items/999999", Fixture.alice(), "{\"name\":\"x\"}").status()).isEqualTo(404);
  }

  // DELETE /items/{item_id}

  @Test
  void deletesAnItemWithAnEmpty204() {
    long id = create("thing", "food", "t").get("id").asLong();

    TestResponse r = send("DELETE", "/items/" + id, Fixture.alice(), null);

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.bytes()).isEmpty();
    assertThat(send("GET", "/items/" + id, null, null).status()).isEqualTo(404);
    assertThat(send("DELETE", "/items/" + id, Fixture.alice(), null).status()).isEqualTo(404);
  }

  @Test
  void checksTheScopeBeforeLookingTheItemUp() {
    assertThat(send("DELETE", "/items/999999", Fixture.bob(), null).status()).isEqualTo(403);
    assertThat(send("PATCH", "/items/999999", Fixture.bob(), "{\"name\":\"\"}").status()).isEqualTo(403);
    assertThat(send("PUT", "/items/999999", Fixture.bob(), "{}").status()).isEqualTo(403);
  }

  @Test
  void refusesADeletionWithoutAToken() {
    TestResponse r = send("DELETE", "/items/1", null, null);

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).contains("Bearer");
  }
}

package io.brisk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.acceptance.client.ApiClient;
import io.brisk.acceptance.client.ApiException;
import io.brisk.acceptance.client.api.AuthApi;
import io.brisk.acceptance.client.api.ItemsApi;
import io.brisk.acceptance.client.model.Category;
import io.brisk.acceptance.client.model.CurrentUser;
import io.brisk.acceptance.client.model.ItemIn;
import io.brisk.acceptance.client.model.ItemOut;
import io.brisk.acceptance.client.model.Problem;
import io.brisk.acceptance.client.model.TokenOut;
import io.brisk.acceptance.client.model.ValidationError;
import io.brisk.acceptance.client.model.ValidationProblem;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The inventory API through a Java client that openapi-generator made, at build time, from the
 * document the packaged app exports itself: if the document misdescribes the server (names, types,
 * required or nullable fields, error bodies, security), these calls fail.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GeneratedClientTest {
  private static InventoryProcess app;
  private static ApiClient client;
  private static ItemsApi items;
  private static AuthApi auth;

  @BeforeAll
  static void start() throws Exception {
    app = InventoryProcess.start();
    client = new ApiClient()
        .setScheme("http")
        .setHost("127.0.0.1")
        .setPort(app.port())
        .setBasePath("")
        .setConnectTimeout(Duration.ofSeconds(5))
        .setReadTimeout(Duration.ofSeconds(20));
    items = new ItemsApi(client);
    auth = new AuthApi(client);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static String token(String username, String password) throws ApiException {
    TokenOut token = auth.token(username, password, "password", null, null, null);
    assertThat(token.getTokenType()).isEqualToIgnoringCase("bearer");
    return token.getAccessToken();
  }

  private static ItemIn item(String name, double price, String tag) {
    return new ItemIn().name(name).price(price).category(Category.TOOLS)
        .tags(new LinkedHashSet<>(List.of(tag)));
  }

  @Test
  void createsAnItemAndReadsItBack() throws ApiException {
    String alice = token("alice", "wonderland");
    ItemIn in = new ItemIn().name("Hammer").description("Claw hammer").price(12.5).tax(2.5)
        .tags(new LinkedHashSet<>(List.of("steel", "hand-tool"))).category(Category.TOOLS);

    ItemOut created = items.create(in, bearer(alice));
    ItemOut read = items.read(created.getId());

    assertThat(created.getId()).isPositive();
    assertThat(read).isEqualTo(created);
    assertThat(read.getName()).isEqualTo("Hammer");
    assertThat(read.getDescription()).isEqualTo("Claw hammer");
    assertThat(read.getPrice()).isEqualTo(12.5);
    assertThat(read.getTax()).isEqualTo(2.5);
    assertThat(read.getTags()).containsExactly("steel", "hand-tool");
    assertThat(read.getCategory()).isEqualTo(Category.TOOLS);
  }

  @Test
  void optionalFieldsLeftOutComeBackAsNullAndNoTags() throws ApiException {
    String alice = token("alice", "wonderland");

    ItemOut created = items.create(new ItemIn().name("Plain").price(1.0).category(Category.BOOKS),
        bearer(alice));

    assertThat(created.getDescription()).isNull();
    assertThat(created.getTax()).isNull();
    assertThat(created.getTags()).isEmpty();
    assertThat(created.getCategory()).isEqualTo(Category.BOOKS);
  }

  @Test
  void listsPagesOfTypedItems() throws ApiException {
    String alice = token("alice", "wonderland");
    String tag = "page-" + UUID.randomUUID();
    List<Long> ids = List.of(
        items.create(item("First", 1.0, tag), bearer(alice)).getId(),
        items.create(item("Second", 2.0, tag), bearer(alice)).getId(),
        items.create(item("Third", 3.0, tag), bearer(alice)).getId());

    List<ItemOut> first = items.callList(0, 2, null, List.of(tag));
    List<ItemOut> rest = items.callList(2, 2, Category.TOOLS, List.of(tag));

    assertThat(first).extracting(ItemOut::getId).containsExactly(ids.get(0), ids.get(1));
    assertThat(first).extracting(ItemOut::getPrice).containsExactly(1.0, 2.0);
    assertThat(rest).extracting(ItemOut::getId).containsExactly(ids.get(2));
    assertThat(rest.get(0).getTags()).containsExactly(tag);
    assertThat(items.callList(0, 10, Category.FOOD, List.of(tag))).isEmpty();
  }

  @Test
  void invalidInputIsA422WhoseProblemBodyTheClientParses() throws Exception {
    String alice = token("alice", "wonderland");

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> items.create(new ItemIn().name("").price(-1.0).category(Category.FOOD), bearer(alice)));

    assertThat(e.getCode()).isEqualTo(422);
    assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    ObjectMapper mapper = client.getObjectMapper();
    ValidationProblem problem = mapper.readValue(e.getResponseBody(), ValidationProblem.class);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getErrors()).hasSize(2);
    assertThat(problem.getErrors()).extracting(ValidationError::getLoc)
        .allSatisfy(loc -> assertThat(loc.get(0).getString()).isEqualTo("body"));
    assertThat(problem.getErrors()).extracting(err -> err.getLoc().get(1).getString())
        .containsExactlyInAnyOrder("name", "price");
  }

  @Test
  void aPathParameterOutOfRangeIsA422Too() throws Exception {
    ApiException e = catchThrowableOfType(ApiException.class, () -> items.read(0L));

    assertThat(e.getCode()).isEqualTo(422);
    ValidationProblem problem = client.getObjectMapper().readValue(e.getResponseBody(), ValidationProblem.class);
    ValidationError error = problem.getErrors().get(0);
    assertThat(error.getLoc().get(0).getString()).isEqualTo("path");
    assertThat(error.getLoc().get(1).getString()).isEqualTo("item_id");
  }

  @Test
  void aMissingItemIsA404Problem() throws Exception {
    ApiException e = catchThrowableOfType(ApiException.class, () -> items.read(Long.MAX_VALUE));

    assertThat(e.getCode()).isEqualTo(404);
    Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getDetail()).contains(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void authenticatedCallsCarryTheTokenTheTokenEndpointIssued() throws ApiException {
    String alice = token("alice", "wonderland");

    CurrentUser me = auth.me(bearer(alice));

    assertThat(me.getUsername()).isEqualTo("alice");
    assertThat(me.getScopes()).contains("items:read", "items:write");
  }

  @Test
  void withoutATokenAProtectedOperationIsA401() throws Exception {
    ApiException e = catchThrowableOfType(ApiException.class, () -> items.create(item("Nope", 1.0, "x")));

    assertThat(e.getCode()).isEqualTo(401);
    assertThat(e.getResponseHeaders().firstValue("WWW-Authenticate")).hasValueSatisfying(
        v -> assertThat(v).startsWith("Bearer"));
    assertThat(client.getObjectMapper().readValue(e.getResponseBody(), Problem.class).getStatus()).isEqualTo(401);
  }

  @Test
  void aTokenWithoutTheScopeIsA403AndWrongCredentialsA401() throws Exception {
    String bob = token("bob", "builder");

    ApiException forbidden = catchThrowableOfType(ApiException.class, () -> items.create(item("Nope", 1.0, "x"), bearer(bob)));
    ApiException badLogin = catchThrowableOfType(ApiException.class, () -> token("alice", "not-her-password"));

    assertThat(forbidden.getCode()).isEqualTo(403);
    assertThat(badLogin.getCode()).isEqualTo(401);
    assertThat(auth.me(bearer(bob)).getUsername()).isEqualTo("bob");
  }
}

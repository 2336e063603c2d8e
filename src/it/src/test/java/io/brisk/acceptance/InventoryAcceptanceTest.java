package io.brisk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The inventory API contract (the project's inventory-api spec), checked over HTTP against the
 * packaged jar started once for this class. Every test creates the items it looks at, so the tests
 * do not depend on one another's order.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InventoryAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static InventoryProcess app;
  private static HttpClient http;
  private static String aliceToken;
  private static String bobToken;

  @BeforeAll
  static void startApplication() throws Exception {
    app = InventoryProcess.start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    aliceToken = token("alice", "wonderland");
    bobToken = token("bob", "builder");
  }

  @AfterAll
  static void stopApplication() {
    if (http != null) {
      http.close();
    }
    if (app != null) {
      app.close();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(app.uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery));
  }

  private static HttpRequest.Builder json(String method, String path, String body, String token) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<byte[]> postForm(String path, Map<String, String> fields) throws Exception {
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!form.isEmpty()) {
        form.append('&');
      }
      form.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  private static String token(String username, String password) throws Exception {
    HttpResponse<byte[]> r = postForm("/token", Map.of("username", username, "password", password));
    assertThat(r.statusCode()).as("POST /token for %s: %s", username, text(r)).isEqualTo(200);
    return body(r).get("access_token").asText();
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static JsonNode body(HttpResponse<byte[]> r) throws IOException {
    return JSON.readTree(r.body());
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  /** Asserts an RFC 9457 problem of that status and returns its body. */
  private static JsonNode problem(HttpResponse<byte[]> r, int status) throws IOException {
    assertThat(r.statusCode()).as("status of a response with body %s", text(r)).isEqualTo(status);
    assertThat(header(r, "Content-Type")).startsWith("application/problem+json");
    JsonNode p = body(r);
    assertThat(p.has("type")).as("problem %s has type", p).isTrue();
    assertThat(p.has("title")).as("problem %s has title", p).isTrue();
    assertThat(p.has("detail")).as("problem %s has detail", p).isTrue();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  /** The {@code loc} of every entry of a 422 problem's {@code errors}, as JSON text. */
  private static List<String> locs(JsonNode problem) {
    List<String> locs = new ArrayList<>();
    problem.get("errors").forEach(e -> locs.add(e.get("loc").toString()));
    return locs;
  }

  private static JsonNode errorAt(JsonNode problem, String loc) {
    for (JsonNode e : problem.get("errors")) {
      if (e.get("loc").toString().equals(loc)) {
        return e;
      }
    }
    throw new AssertionError("no error at " + loc + " in " + problem);
  }

  private static String itemJson(String name, String category, String... tags) throws IOException {
    return JSON.writeValueAsString(Map.of("name", name, "price", 9.5, "category", category, "tags", List.of(tags)));
  }

  /** Creates an item as alice and returns its ItemOut. */
  private static JsonNode createItem(String body) throws Exception {
    HttpResponse<byte[]> r = send(json("POST", "/items", body, aliceToken));
    assertThat(r.statusCode()).as("POST /items: %s", text(r)).isEqualTo(201);
    return body(r);
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(i -> ids.add(i.get("id").asLong()));
    return ids;
  }

  private static String uniqueTag() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  // ---------------------------------------------------------------- root, health

  @Test
  void rootSaysHelloWorld() throws Exception {
    HttpResponse<byte[]> r = get("/");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).startsWith("application/json");
    assertThat(body(r)).isEqualTo(JSON.readTree("{\"message\":\"Hello World\"}"));
  }

  @Test
  void healthReportsTheDatabaseUp() throws Exception {
    HttpResponse<byte[]> r = get("/health");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(body(r)).isEqualTo(JSON.readTree("{\"status\":\"ok\",\"database\":\"ok\"}"));
  }

  // ---------------------------------------------------------------- auth

  @Test
  void issuesABearerJwtForGoodCredentials() throws Exception {
    HttpResponse<byte[]> r = postForm("/token", Map.of("username", "alice", "password", "wonderland"));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode t = body(r);
    assertThat(t.get("token_type").asText()).isEqualTo("bearer");
    String jwt = t.get("access_token").asText();
    assertThat(jwt.split("\\.", -1)).hasSize(3).allSatisfy(part -> assertThat(part).isNotEmpty());
    JsonNode header = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    assertThat(header.get("alg").asText()).isEqualTo("HS256");
    JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    assertThat(claims.get("sub").asText()).isEqualTo("alice");
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(30 * 60);
  }

  @Test
  void refusesAWrongPasswordWithBearerChallenge() throws Exception {
    HttpResponse<byte[]> r = postForm("/token", Map.of("username", "alice", "password", "not-her-password"));

    problem(r, 401);
    assertThat(header(r, "WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void usersMeReturnsTheTokensUserAndScopes() throws Exception {
    HttpResponse<byte[]> r = send(request("/users/me").header("Authorization", "Bearer " + aliceToken));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode me = body(r);
    assertThat(me.get("username").asText()).isEqualTo("alice");
    List<String> scopes = new ArrayList<>();
    me.get("scopes").forEach(s -> scopes.add(s.asText()));
    assertThat(scopes).containsExactlyInAnyOrder("items:read", "items:write");
  }

  @Test
  void usersMeWithoutOrWithABadTokenIs401() throws Exception {
    HttpResponse<byte[]> none = get("/users/me");
    HttpResponse<byte[]> bad = send(request("/users/me").header("Authorization", "Bearer not.a.jwt"));

    problem(none, 401);
    assertThat(header(none, "WWW-Authenticate")).startsWith("Bearer");
    problem(bad, 401);
    assertThat(header(bad, "WWW-Authenticate")).startsWith("Bearer");
  }

  // ---------------------------------------------------------------- items: create

  @Test
  void aliceCreatesAnItem() throws Exception {
    HttpResponse<byte[]> r = send(json("POST", "/items",
        "{\"name\":\"Hammer\",\"description\":\"steel head\",\"price\":9.5,\"tax\":1.5,\"tags\":[\"steel\",\"tool\"],"
            + "\"category\":\"tools\"}", aliceToken));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(201);
    JsonNode item = body(r);
    long id = item.get("id").asLong();
    assertThat(id).isPositive();
    assertThat(header(r, "Location")).isEqualTo("/items/" + id);
    assertThat(item.get("name").asText()).isEqualTo("Hammer");
    assertThat(item.get("description").asText()).isEqualTo("steel head");
    assertThat(item.get("price").asDouble()).isEqualTo(9.5);
    assertThat(item.get("tax").asDouble()).isEqualTo(1.5);
    assertThat(item.get("tags").toString()).isEqualTo("[\"steel\",\"tool\"]");
    assertThat(item.get("category").asText()).isEqualTo("tools");
  }

  @Test
  void bobMayReadButNotCreate() throws Exception {
    HttpResponse<byte[]> r = send(json("POST", "/items", itemJson("Saw", "tools"), bobToken));

    problem(r, 403);
  }

  @Test
  void noTokenIs401BeforeTheBodyIsValidated() throws Exception {
    HttpResponse<byte[]> r = send(json("POST", "/items", "{\"name\":\"\",\"price\":-1,\"bogus\":true}", null));

    problem(r, 401);
    assertThat(header(r, "WWW-Authenticate")).startsWith("Bearer");
  }

  // ---------------------------------------------------------------- items: read

  @Test
  void listsItemsFilteredByTagCategorySkipAndLimit() throws Exception {
    String tag = uniqueTag();
    String other = uniqueTag();
    long a = createItem(itemJson("A", "tools", tag)).get("id").asLong();
    long b = createItem(itemJson("B", "books", tag, other)).get("id").asLong();
    long c = createItem(itemJson("C", "books", tag)).get("id").asLong();
    long d = createItem(itemJson("D", "food", other)).get("id").asLong();

    HttpResponse<byte[]> all = get("/items?tag=" + tag);
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(ids(body(all))).containsExactly(a, b, c);
    assertThat(ids(body(get("/items?tag=" + tag + "&tag=" + other)))).containsExactly(b);
    assertThat(ids(body(get("/items?tag=" + other)))).containsExactly(b, d);
    assertThat(ids(body(get("/items?category=books&tag=" + tag)))).containsExactly(b, c);
    assertThat(ids(body(get("/items?skip=1&limit=1&tag=" + tag)))).containsExactly(b);
    assertThat(ids(body(get("/items?skip=2&tag=" + tag)))).containsExactly(c);
    assertThat(ids(body(get("/items?skip=3&tag=" + tag)))).isEmpty();

    JsonNode firstPage = body(get("/items"));
    assertThat(firstPage.size()).isBetween(1, 10);
    List<Long> firstIds = ids(firstPage);
    assertThat(firstIds).isSorted();
    assertThat(body(get("/items?limit=100")).size()).isGreaterThanOrEqualTo(4).isLessThanOrEqualTo(100);
  }

  @Test
  void getsAnItemByIdAnd404WhenAbsent() throws Exception {
    JsonNode created = createItem(itemJson("Book", "books", "paper"));
    long id = created.get("id").asLong();

    HttpResponse<byte[]> found = get("/items/" + id);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(body(found)).isEqualTo(created);

    problem(get("/items/999999999"), 404);
  }

  // ---------------------------------------------------------------- items: update, delete

  @Test
  void putReplacesTheItemResettingOmittedOptionalFields() throws Exception {
    long id = createItem("{\"name\":\"Old\",\"description\":\"d\",\"price\":2,\"tax\":0.5,\"tags\":[\"x\"],"
        + "\"category\":\"food\"}").get("id").asLong();

    HttpResponse<byte[]> r = send(json("PUT", "/items/" + id, "{\"name\":\"New\",\"price\":3.25,\"category\":\"books\"}",
        aliceToken));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode item = body(r);
    assertThat(item.get("id").asLong()).isEqualTo(id);
    assertThat(item.get("name").asText()).isEqualTo("New");
    assertThat(item.get("price").asDouble()).isEqualTo(3.25);
    assertThat(item.get("category").asText()).isEqualTo("books");
    assertThat(item.get("description").isNull()).as("description reset in %s", item).isTrue();
    assertThat(item.get("tax").isNull()).as("tax reset in %s", item).isTrue();
    assertThat(item.get("tags").toString()).isEqualTo("[]");
    assertThat(body(get("/items/" + id))).isEqualTo(item);

    problem(send(json("PUT", "/items/999999999", itemJson("X", "food"), aliceToken)), 404);
  }

  @Test
  void patchChangesOnlyTheFieldsSentAndRejectsUnknownOnes() throws Exception {
    JsonNode before = createItem("{\"name\":\"Lamp\",\"description\":\"bright\",\"price\":20,\"tax\":2,"
        + "\"tags\":[\"light\"],\"category\":\"tools\"}");
    long id = before.get("id").asLong();

    HttpResponse<byte[]> r = send(json("PATCH", "/items/" + id, "{\"price\":25.5,\"description\":null}", aliceToken));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode after = body(r);
    assertThat(after.get("price").asDouble()).isEqualTo(25.5);
    assertThat(after.get("description").isNull()).isTrue();
    assertThat(after.get("name")).isEqualTo(before.get("name"));
    assertThat(after.get("tax")).isEqualTo(before.get("tax"));
    assertThat(after.get("tags")).isEqualTo(before.get("tags"));
    assertThat(after.get("category")).isEqualTo(before.get("category"));

    JsonNode unknown = problem(send(json("PATCH", "/items/" + id, "{\"colour\":\"red\"}", aliceToken)), 422);
    assertThat(errorAt(unknown, "[\"body\",\"colour\"]").get("type").asText()).isEqualTo("extra_forbidden");

    JsonNode nullName = problem(send(json("PATCH", "/items/" + id, "{\"name\":null}", aliceToken)), 422);
    assertThat(locs(nullName)).contains("[\"body\",\"name\"]");
    assertThat(body(get("/items/" + id))).isEqualTo(after);
  }

  @Test
  void deleteAnswers204ThenTheItemIsGone() throws Exception {
    long id = createItem(itemJson("Gone", "food")).get("id").asLong();

    HttpResponse<byte[]> r = send(request("/items/" + id).header("Authorization", "Bearer " + aliceToken).DELETE());

    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
    problem(get("/items/" + id), 404);
    problem(send(request("/items/" + id).header("Authorization", "Bearer " + aliceToken).DELETE()), 404);
  }

  // ---------------------------------------------------------------- errors

  @Test
  void validationFailuresAre422WithLocations() throws Exception {
    JsonNode body = problem(send(json("POST", "/items",
        "{\"name\":\"\",\"price\":0,\"category\":\"food\"}", aliceToken)), 422);
    assertThat(locs(body)).containsExactlyInAnyOrder("[\"body\",\"name\"]", "[\"body\",\"price\"]");
    body.get("errors").forEach(e -> {
      assertThat(e.get("msg").asText()).isNotBlank();
      assertThat(e.get("type").asText()).isNotBlank();
    });

    assertThat(locs(problem(send(json("POST", "/items",
        "{\"name\":\"N\",\"price\":1,\"tags\":[\"a\",\"a\"],\"category\":\"food\"}", aliceToken)), 422)))
        .containsExactly("[\"body\",\"tags\"]");
    assertThat(locs(problem(send(json("POST", "/items",
        "{\"name\":\"N\",\"price\":1,\"category\":\"toys\"}", aliceToken)), 422)))
        .containsExactly("[\"body\",\"category\"]");
    assertThat(locs(problem(send(json("POST", "/items", "{\"price\":1,\"category\":\"food\"}", aliceToken)), 422)))
        .containsExactly("[\"body\",\"name\"]");

    JsonNode query = problem(get("/items?limit=0"), 422);
    assertThat(locs(query)).containsExactly("[\"query\",\"limit\"]");
    assertThat(locs(problem(get("/items?limit=101"), 422))).containsExactly("[\"query\",\"limit\"]");
    assertThat(locs(problem(get("/items?skip=-1"), 422))).containsExactly("[\"query\",\"skip\"]");
    assertThat(locs(problem(get("/items/0"), 422))).containsExactly("[\"path\",\"item_id\"]");

    JsonNode extra = problem(send(json("POST", "/items",
        "{\"name\":\"N\",\"price\":1,\"category\":\"food\",\"colour\":\"red\"}", aliceToken)), 422);
    assertThat(errorAt(extra, "[\"body\",\"colour\"]").get("type").asText()).isEqualTo("extra_forbidden");
  }

  @Test
  void malformedJsonIs422JsonInvalidAtBody() throws Exception {
    JsonNode p = problem(send(json("POST", "/items", "{\"name\": \"Hammer\", ", aliceToken)), 422);

    assertThat(p.get("errors")).hasSize(1);
    assertThat(p.at("/errors/0/loc").toString()).isEqualTo("[\"body\"]");
    assertThat(p.at("/errors/0/type").asText()).isEqualTo("json_invalid");
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<byte[]> r = send(request("/items").method("PUT", HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(header(r, "Allow")).isNotNull();
    assertThat(Arrays.stream(header(r, "Allow").split(",")).map(String::trim).toList()).contains("GET", "POST")
        .doesNotContain("PUT");
  }

  @Test
  void unknownRouteIs404ProblemJson() throws Exception {
    problem(get("/no/such/route"), 404);
  }

  @Test
  void bodyOverOneMebibyteIs413AndExactlyOneMebibyteIsAccepted() throws Exception {
    HttpResponse<byte[]> over = send(request("/predict").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(paddedFlower(1_048_577))));
    byte[] chunked = paddedFlower(1_048_577);
    HttpResponse<byte[]> overChunked = send(request("/predict").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))));
    HttpResponse<byte[]> exact = send(request("/predict").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(paddedFlower(1_048_576))));

    assertThat(over.statusCode()).isEqualTo(413);
    assertThat(overChunked.statusCode()).isEqualTo(413);
    assertThat(exact.statusCode()).as(text(exact)).isEqualTo(200);
  }

  private static byte[] paddedFlower(int size) {
    byte[] flower = "{\"sepal_length\":5.1,\"sepal_width\":3.5,\"petal_length\":1.4,\"petal_width\":0.2}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    System.arraycopy(flower, 0, body, 0, flower.length);
    return body;
  }

  @Test
  void unexpectedExceptionIs500WithoutStackTraceOrMessage() throws Exception {
    HttpResponse<byte[]> r = get("/debug/crash");

    problem(r, 500);
    assertThat(text(r)).doesNotContain("IllegalStateException", "Deliberate", "secret", "at io.brisk",
        "DebugApi", "Exception");
  }

  // ---------------------------------------------------------------- files, events, WebSocket

  @Test
  void uploadsAFileAndReportsItsSha256() throws Exception {
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31 + 7);
    }
    String boundary = "----acceptance" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nsome bytes\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    form.writeBytes(content);
    form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> r = send(request("/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode info = body(r);
    assertThat(info.get("filename").asText()).isEqualTo("data.bin");
    assertThat(info.get("content_type").asText()).isEqualTo("application/octet-stream");
    assertThat(info.get("size").asLong()).isEqualTo(content.length);
    assertThat(info.get("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
  }

  @Test
  void streamsThreeServerSentEventsThenEnds() throws Exception {
    HttpResponse<byte[]> r = get("/events?count=3");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).startsWith("text/event-stream");
    List<String> data = text(r).lines().filter(l -> l.startsWith("data:")).toList();
    assertThat(data).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode event = JSON.readTree(data.get(i).substring("data:".length()).trim());
      assertThat(event).isEqualTo(JSON.readTree("{\"n\":" + (i + 1) + "}"));
    }
  }

  @Test
  void webSocketEchoesTextFrames() throws Exception {
    LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    WebSocket.Listener listener = new WebSocket.Listener() {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          received.add(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
      }
    };
    WebSocket ws;
    try {
      ws = http.newWebSocketBuilder().buildAsync(app.wsUri("/ws/echo"), listener).get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("WS /ws/echo handshake failed: " + e.getCause() + "; application output:\n"
          + app.output(), e);
    }

    ws.sendText("hello", true).get(10, TimeUnit.SECONDS);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");
    ws.sendText("{\"n\": 1} ünïcode ✓", true).get(10, TimeUnit.SECONDS);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"n\": 1} ünïcode ✓");

    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
  }

  // ---------------------------------------------------------------- predict

  @Test
  void predictsAnIrisSpecies() throws Exception {
    HttpResponse<byte[]> r = send(json("POST", "/predict",
        "{\"sepal_length\":5.1,\"sepal_width\":3.5,\"petal_length\":1.4,\"petal_width\":0.2}", null));

    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode p = body(r);
    List<String> species = List.of("setosa", "versicolor", "virginica");
    assertThat(p.get("species").asText()).isIn(species);
    JsonNode probabilities = p.get("probabilities");
    List<String> keys = new ArrayList<>();
    double sum = 0;
    for (Map.Entry<String, JsonNode> e : probabilities.properties()) {
      keys.add(e.getKey());
      assertThat(e.getValue().asDouble()).isBetween(0.0, 1.0);
      sum += e.getValue().asDouble();
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(species);
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(p.get("species").asText()).isEqualTo("setosa"); // the canonical setosa sample
  }

  @Test
  void rejectsInvalidMeasurements() throws Exception {
    JsonNode p = problem(send(json("POST", "/predict",
        "{\"sepal_length\":-1,\"sepal_width\":3.5,\"petal_length\":51,\"petal_width\":0.2}", null)), 422);

    assertThat(locs(p)).contains("[\"body\",\"sepal_length\"]", "[\"body\",\"petal_length\"]");
    assertThat(locs(problem(send(json("POST", "/predict", "{\"sepal_length\":5.1}", null)), 422)))
        .contains("[\"body\",\"sepal_width\"]");
  }

  // ---------------------------------------------------------------- cross-cutting

  @Test
  void corsPreflightFromTheAllowedOriginAllowsAuthorization() throws Exception {
    HttpResponse<byte[]> r = send(request("/items").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type"));

    assertThat(r.statusCode()).isBetween(200, 204);
    assertThat(header(r, "Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    assertThat(header(r, "Access-Control-Allow-Methods")).contains("POST");
    assertThat(header(r, "Access-Control-Allow-Headers").toLowerCase()).contains("authorization");
  }

  @Test
  void corsAllowsNoOtherOrigin() throws Exception {
    HttpResponse<byte[]> preflight = send(request("/items").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization"));
    HttpResponse<byte[]> actual = send(request("/").header("Origin", "http://evil.example"));

    assertThat(header(preflight, "Access-Control-Allow-Origin")).isNull();
    assertThat(preflight.statusCode() / 100).as("preflight status %s", preflight.statusCode()).isNotEqualTo(2);
    assertThat(header(actual, "Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void gzipsALargeResponseWhenAccepted() throws Exception {
    HttpResponse<byte[]> r = send(request("/openapi.json").header("Accept-Encoding", "gzip"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Encoding")).isEqualTo("gzip");
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
    assertThat(plain.length).isGreaterThan(1024);
    assertThat(JSON.readTree(plain).get("openapi").asText()).startsWith("3.1");

    HttpResponse<byte[]> small = send(request("/").header("Accept-Encoding", "gzip"));
    assertThat(header(small, "Content-Encoding")).isNull();
  }

  @Test
  void echoesTheClientsRequestIdAndGeneratesOneOtherwise() throws Exception {
    HttpResponse<byte[]> mine = send(request("/").header("X-Request-Id", "acceptance-42"));
    HttpResponse<byte[]> error = send(request("/no/such/route").header("X-Request-Id", "acceptance-43"));
    HttpResponse<byte[]> generated = get("/health");

    assertThat(header(mine, "X-Request-Id")).isEqualTo("acceptance-42");
    assertThat(header(error, "X-Request-Id")).isEqualTo("acceptance-43");
    assertThat(header(generated, "X-Request-Id")).isNotBlank();
  }

  @Test
  void openApiDocumentIs31WithTheBearerTokenScheme() throws Exception {
    HttpResponse<byte[]> r = get("/openapi.json");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).startsWith("application/json");
    JsonNode doc = body(r);
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    List<String> tokenUrls = new ArrayList<>();
    doc.at("/components/securitySchemes").forEach(s -> {
      if (s.path("type").asText().equals("oauth2")) {
        tokenUrls.add(s.at("/flows/password/tokenUrl").asText());
      }
    });
    assertThat(tokenUrls).as("oauth2 password-flow schemes in %s", doc.at("/components/securitySchemes"))
        .containsExactly("/token");
    JsonNode paths = doc.get("paths");
    for (String path : List.of("/", "/health", "/token", "/users/me", "/items", "/items/{item_id}", "/files",
        "/events", "/predict")) {
      assertThat(paths.has(path)).as("documents %s", path).isTrue();
    }
    assertThat(paths.has("/debug/crash")).as("the debug route is never documented").isFalse();
    JsonNode createItem = paths.get("/items").get("post");
    assertThat(createItem.get("security").toString()).contains("items:write");
    assertThat(createItem.get("responses").has("201")).isTrue();
    assertThat(createItem.get("responses").has("401")).isTrue();
    assertThat(createItem.get("responses").has("403")).isTrue();
    assertThat(createItem.get("responses").has("422")).isTrue();
    assertThat(paths.get("/files").at("/post/requestBody/content").has("multipart/form-data")).isTrue();
  }

  @Test
  void docsAndRedocAreHtmlPages() throws Exception {
    HttpResponse<byte[]> docs = get("/docs");
    HttpResponse<byte[]> redoc = get("/redoc");

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(header(docs, "Content-Type")).startsWith("text/html");
    assertThat(text(docs).toLowerCase()).contains("<html", "swagger-ui", "openapi.json");
    assertThat(redoc.statusCode()).isEqualTo(200);
    assertThat(header(redoc, "Content-Type")).startsWith("text/html");
    assertThat(text(redoc).toLowerCase()).contains("<html", "redoc", "openapi.json");
  }
}

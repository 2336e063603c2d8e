package io.brisk.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.testing.BriskServerExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only a real connection shows: event streams, the WebSocket, uploads, body limits, CORS, gzip. */
class OverHttpTest {
  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> Fixture.served(Map.of()));

  private static final HttpClient http = HttpClient.newHttpClient();
  private static final ObjectMapper json = new ObjectMapper();

  @AfterAll
  static void closeClient() {
    http.close();
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  // Server-sent events

  @Test
  void streamsTheRequestedNumberOfEventsThenEnds() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/events?count=5")));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
    assertThat(text(r)).isEqualTo("data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: {\"n\":3}\n\ndata: {\"n\":4}\n\ndata: {\"n\":5}\n\n");
  }

  @Test
  void streamsThreeEventsByDefault() throws Exception {
    assertThat(text(send(HttpRequest.newBuilder(server.uri("/events")))))
        .isEqualTo("data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: {\"n\":3}\n\n");
  }

  @Test
  void rejectsACountOutsideOneToAHundred() throws Exception {
    for (String count : List.of("0", "101")) {
      HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/events?count=" + count)));

      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(json.readTree(r.body()).at("/errors/0/loc").toString()).isEqualTo("[\"query\",\"count\"]");
    }
    assertThat(text(send(HttpRequest.newBuilder(server.uri("/events?count=100"))))).endsWith("data: {\"n\":100}\n\n");
  }

  @Test
  void neverCompressesAnEventStream() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/events?count=100")).header("Accept-Encoding", "gzip"));

    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(text(r)).startsWith("data: {\"n\":1}\n\n");
  }

  // WebSocket

  @Test
  void echoesEachTextFrameUnchanged() throws Exception {
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
    WebSocket ws = http.newWebSocketBuilder()
        .buildAsync(server.uri("/ws/echo").resolve("ws://127.0.0.1:" + server.port() + "/ws/echo"), listener)
        .get(10, TimeUnit.SECONDS);

    ws.sendText("hello", true).get(10, TimeUnit.SECONDS);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("hello");
    ws.sendText("{\"n\": 1} ünïcode ✓", true).get(10, TimeUnit.SECONDS);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"n\": 1} ünïcode ✓");
    String big = "x".repeat(100_000);
    ws.sendText(big, true).get(10, TimeUnit.SECONDS);
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(big);

    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(WebSocket.NORMAL_CLOSURE);
  }

  // Uploads

  @Test
  void describesAnUploadedFile() throws Exception {
    byte[] content = "hello, file\n".getBytes(StandardCharsets.UTF_8);
    Multipart form = new Multipart().file("file", "hello.txt", "text/plain", content).field("description", "a greeting");

    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/files"))
        .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(text(r)).isEqualTo("{\"filename\":\"hello.txt\",\"content_type\":\"text/plain\",\"size\":12,\"sha256\":\""
        + sha256(content) + "\"}");
  }

  @Test
  void describesALargeBinaryUploadWithoutADescription() throws Exception {
    byte[] content = new byte[600_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31 + 7);
    }
    Multipart form = new Multipart().file("file", "data.bin", "application/octet-stream", content);

    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/files"))
        .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode info = json.readTree(r.body());
    assertThat(info.get("size").asLong()).isEqualTo(600_000);
    assertThat(info.get("sha256").asText()).isEqualTo(sha256(content));
    assertThat(info.get("content_type").asText()).isEqualTo("application/octet-stream");
  }

  @Test
  void reportsAMissingFileAtItsFormField() throws Exception {
    Multipart form = new Multipart().field("description", "no file");

    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/files"))
        .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json.readTree(r.body()).at("/errors/0/loc").toString()).isEqualTo("[\"form\",\"file\"]");
  }

  @Test
  void refusesAnUploadOverOneMebibyte() throws Exception {
    Multipart form = new Multipart().file("file", "big.bin", "application/octet-stream", new byte[1024 * 1024 + 1]);

    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/files"))
        .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));

    assertThat(r.statusCode()).isEqualTo(413);
  }

  // Body size

  private static byte[] paddedFlower(int size) {
    byte[] flower = "{\"sepal_length\":5.1,\"sepal_width\":3.5,\"petal_length\":1.4,\"petal_width\":0.2}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) ' ');
    System.arraycopy(flower, 0, body, 0, flower.length);
    return body;
  }

  @Test
  void acceptsABodyOfExactlyOneMebibyte() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/predict")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(paddedFlower(1_048_576))));

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesADeclaredBodyOneByteOverOneMebibyte() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/predict")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(paddedFlower(1_048_577))));

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void refusesAChunkedBodyOverOneMebibyte() throws Exception {
    byte[] body = paddedFlower(1_048_577);
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/predict")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertThat(r.statusCode()).isEqualTo(413);
  }

  // CORS

  @Test
  void answersAPreflightFromTheAllowedOriginAllowingAuthorization() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/items"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type"));

    assertThat(r.statusCode()).isBetween(200, 204);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
    assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase()).contains("authorization");
  }

  @Test
  void letsTheAllowedOriginReadResponses() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/")).header("Origin", "http://localhost:3000"));

    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
  }

  @Test
  void allowsNoOtherOrigin() throws Exception {
    HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(server.uri("/items"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://evil.example")
        .header("Access-Control-Request-Method", "POST"));
    HttpResponse<byte[]> actual = send(HttpRequest.newBuilder(server.uri("/")).header("Origin", "http://evil.example"));

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.statusCode()).isEqualTo(400);
    assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  // GZip and request ids

  @Test
  void compressesAResponseOver1024BytesForClientsThatAcceptGzip() throws Exception {
    HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.uri("/openapi.json")).header("Accept-Encoding", "gzip"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
    assertThat(plain.length).isGreaterThan(1024);
    assertThat(json.readTree(plain).get("openapi").asText()).startsWith("3.1");
  }

  @Test
  void leavesSmallResponsesAndClientsWithoutGzipAlone() throws Exception {
    HttpResponse<byte[]> small = send(HttpRequest.newBuilder(server.uri("/")).header("Accept-Encoding", "gzip"));
    HttpResponse<byte[]> noGzip = send(HttpRequest.newBuilder(server.uri("/openapi.json")));

    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(text(small)).isEqualTo("{\"message\":\"Hello World\"}");
    assertThat(noGzip.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void carriesARequestIdOnEveryResponse() throws Exception {
    HttpResponse<byte[]> mine = send(HttpRequest.newBuilder(server.uri("/")).header("X-Request-Id", "abc-123"));
    HttpResponse<byte[]> generated = send(HttpRequest.newBuilder(server.uri("/nowhere")));

    assertThat(mine.headers().firstValue("X-Request-Id")).contains("abc-123");
    assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow()).isNotBlank();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}

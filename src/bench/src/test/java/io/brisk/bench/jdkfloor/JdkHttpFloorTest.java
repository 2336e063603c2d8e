package io.brisk.bench.jdkfloor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The start-up floor answers what startup.sh asks for over loopback, and nothing else. */
class JdkHttpFloorTest {
  @Test
  void servesPlaintextAndNothingElse() throws Exception {
    HttpServer server = JdkHttpFloor.start(0);
    try (HttpClient client = HttpClient.newHttpClient()) {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();

      HttpResponse<String> hello = client.send(HttpRequest.newBuilder(URI.create(base + "/plaintext")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create(base + "/json")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(hello.statusCode()).isEqualTo(200);
      assertThat(hello.body()).isEqualTo("Hello, World!");
      assertThat(other.statusCode()).isEqualTo(404);
    } finally {
      server.stop(0);
    }
  }
}

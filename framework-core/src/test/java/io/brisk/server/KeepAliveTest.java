package io.brisk.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Request;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeepAliveTest {
  public static class Api {
    @Get("/port")
    public String clientPort(Request request) {
      return String.valueOf(request.remoteAddress().getPort());
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> Brisk.create().include(new Api()));

  @Test
  void reusesOneConnectionForSequentialRequests() throws Exception {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      HttpRequest request = HttpRequest.newBuilder(server.uri("/port")).build();

      String first = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      String second = http.send(request, HttpResponse.BodyHandlers.ofString()).body();

      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void keepsAnHttp11ConnectionOpenAfterAResponse() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply first = raw.send("GET /port HTTP/1.1\r\nHost: x\r\n\r\n").read();
      RawHttp.Reply second = raw.send("GET /port HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("Connection")).isNull();
      assertThat(second.body()).isEqualTo(first.body());
    }
  }

  @Test
  void closesAnHttp10ConnectionWithoutKeepAlive() throws Exception {
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Reply reply = raw.send("GET /port HTTP/1.0\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }
}

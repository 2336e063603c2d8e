package io.brisk.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Request;
import io.brisk.annotation.Get;
import io.brisk.testing.BriskServerExtension;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProxyHeadersTest {
  public static final class Api {
    @Get("/whoami")
    public String whoami(Request request) {
      return request.remoteAddress().getAddress().getHostAddress() + " " + request.scheme() + " "
          + request.host() + " [" + request.rootPath() + "]";
    }
  }

  @RegisterExtension
  static final BriskServerExtension trusting = BriskServerExtension.of(
      () -> Brisk.create().use(ProxyHeaders.trust("127.0.0.1", "10.0.0.1")).include(new Api()));

  @RegisterExtension
  static final BriskServerExtension distrusting = BriskServerExtension.of(
      () -> Brisk.create().use(ProxyHeaders.trust("10.9.9.9")).include(new Api()));

  private static String get(BriskServerExtension server, String... headers) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/whoami"));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  void takesTheClientFromTheRightNotWhatTheClientWrote() throws Exception {
    // The client forged 6.6.6.6; the proxy appended the address it really saw.
    assertThat(get(trusting, "X-Forwarded-For", "6.6.6.6, 203.0.113.7")).startsWith("203.0.113.7 ");
    assertThat(get(trusting, "X-Forwarded-For", "6.6.6.6, 203.0.113.7, 10.0.0.1")).startsWith("203.0.113.7 ");
    // An untrusted hop in the chain is as far as the proxies' word goes.
    assertThat(get(trusting, "X-Forwarded-For", "203.0.113.7, 10.0.0.2")).startsWith("10.0.0.2 ");
    assertThat(get(trusting, "Forwarded", "for=6.6.6.6;proto=http, for=203.0.113.7;proto=https"))
        .startsWith("203.0.113.7 https ");
  }

  @Test
  void appliesForwardedHeadersFromATrustedProxy() throws Exception {
    assertThat(get(trusting, "X-Forwarded-For", "203.0.113.7, 10.0.0.1", "X-Forwarded-Proto", "https",
        "X-Forwarded-Host", "api.example.com", "X-Forwarded-Prefix", "/inventory/"))
        .isEqualTo("203.0.113.7 https api.example.com [/inventory]");
    assertThat(get(trusting, "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https;host=shop.example.com, for=10.0.0.1"))
        .isEqualTo("2001:db8:0:0:0:0:0:1 https shop.example.com []");
  }

  @Test
  void ignoresForwardedHeadersFromAnyoneElse() throws Exception {
    String answer = get(distrusting, "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
    assertThat(answer).startsWith("127.0.0.1 http 127.0.0.1:");
  }

  @Test
  void ignoresAForwardedClientThatIsNotAnAddress() throws Exception {
    assertThat(get(trusting, "X-Forwarded-For", "evil.example.com")).startsWith("127.0.0.1 ");
  }

  @Test
  void redirectsPlainHttpToHttps() {
    Brisk app = Brisk.create().use(ProxyHeaders.trust("*"), new HttpsRedirect()).include(new Api());
    try (TestClient client = TestClient.of(app)) {
      TestResponse plain = client.get("/whoami?x=1").header("Host", "api.example.com:8080").send();
      assertThat(plain.status()).isEqualTo(308);
      assertThat(plain.header("Location")).contains("https://api.example.com/whoami?x=1");
      assertThat(client.get("/whoami").header("X-Forwarded-Proto", "https").send().status()).isEqualTo(200);
    }
  }
}

package io.brisk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriskServerExtensionPerClassTest {
  static final AtomicInteger APPS_BUILT = new AtomicInteger();

  public static class Api {
    final AtomicInteger calls = new AtomicInteger();

    @Get("/count")
    public String count() {
      return String.valueOf(calls.incrementAndGet());
    }
  }

  @RegisterExtension
  static final BriskServerExtension server = BriskServerExtension.of(() -> {
    APPS_BUILT.incrementAndGet();
    return Brisk.create().include(new Api());
  });

  private static String get(String path) throws Exception {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  @Order(1)
  void startsTheAppOnAFreeLoopbackPort() throws Exception {
    assertThat(server.port()).isPositive();
    assertThat(server.uri("/count?x=1").toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/count?x=1");
    assertThat(server.app().options().host()).isEqualTo("127.0.0.1");
    assertThat(get("/count")).isEqualTo("1");
  }

  @Test
  @Order(2)
  void keepsOneAppForTheWholeClassInAStaticField() throws Exception {
    assertThat(get("/count")).isEqualTo("2");
    assertThat(APPS_BUILT).hasValue(1);
  }
}

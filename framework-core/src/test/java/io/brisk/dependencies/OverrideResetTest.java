package io.brisk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Provides;
import io.brisk.testing.BriskServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverrideResetTest {
  record Greeting(String text) {}

  static final class Greetings {
    @Provides
    public Greeting greeting() {
      return new Greeting("real");
    }
  }

  public static final class Api {
    @Get("/greeting")
    public String greeting(Greeting greeting) {
      return greeting.text();
    }
  }

  @RegisterExtension
  static final BriskServerExtension server =
      BriskServerExtension.of(() -> Brisk.create().provider(new Greetings()).include(new Api()));

  private static String get(URI uri) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  @Test
  @Order(1)
  void seesTheOverrideWithinTheTestThatSetIt() throws Exception {
    server.app().overrideDependency(Greeting.class, () -> new Greeting("fake"));
    assertThat(get(server.uri("/greeting"))).isEqualTo("fake");
  }

  @Test
  @Order(2)
  void seesTheRealDependencyInTheNextTest() throws Exception {
    assertThat(get(server.uri("/greeting"))).isEqualTo("real");
  }
}

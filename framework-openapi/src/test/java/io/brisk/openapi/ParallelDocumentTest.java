package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.brisk.Brisk;
import io.brisk.startup.ForceParallelStartup;
import io.brisk.openapi.apps.HelloApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document built on a second core (forced here: the tests may run on one core) is the serial
 * one, served from the first request, and its errors still fail start() with the same exception.
 */
@ExtendWith(ForceParallelStartup.class)
class ParallelDocumentTest {
  private static Brisk served(Brisk app) {
    app.options().host("127.0.0.1").banner(false).shutdownHook(false);
    return app;
  }

  private static boolean openapiThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("brisk-openapi"));
  }

  /** The serial failure of an app (built with the parallel start-up off). */
  private static Throwable serialFailure(Brisk app) {
    System.setProperty("brisk.parallelStartup", "false");
    try {
      return catchThrowable(app::routes);
    } finally {
      System.setProperty("brisk.parallelStartup", "true");
    }
  }

  @Test
  void servesTheSerialDocumentFromTheFirstRequest() throws Exception {
    String serial = OpenApiExport.json(HelloApp.app());
    Brisk app = served(HelloApp.app());
    try {
      int port = app.start(0);
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi.json")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(serial);
      }
    } finally {
      app.stop();
    }
  }

  @Test
  void aDuplicateOperationIdStillFailsStart() {
    Throwable expected = serialFailure(Brisk.create().include(new DocumentTest.Twice()));
    assertThat(expected).hasMessageContaining("operationId 'same' is declared by both");

    Brisk app = served(Brisk.create().include(new DocumentTest.Twice()));
    assertThatThrownBy(() -> app.start(0)).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    assertThatThrownBy(app::port).hasMessage("The app is not started");
    assertThat(openapiThreadAlive()).isFalse();
  }

  @Test
  void aThrowingCustomizerStillFailsStartOnTheStartingThread() {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    IllegalArgumentException failure = new IllegalArgumentException("customizer failed");
    OpenApiConfig config = new OpenApiConfig().customizer(new OpenApiCustomizer() {
      @Override
      public void document(io.swagger.v3.oas.models.OpenAPI document, OpenApiContext context) {
        ranOn.set(Thread.currentThread());
        throw failure;
      }
    });
    Brisk app = served(HelloApp.app().plugin(new OpenApiPlugin(config)));

    assertThatThrownBy(() -> app.start(0)).isSameAs(failure);
    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    assertThatThrownBy(app::port).hasMessage("The app is not started");
  }
}

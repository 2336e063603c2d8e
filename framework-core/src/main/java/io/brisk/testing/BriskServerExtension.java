package io.brisk.testing;

import io.brisk.Brisk;
import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts an app on a free loopback port for real-HTTP tests and stops it afterwards.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BriskServerExtension server = BriskServerExtension.of(() -> Main.app());
 *
 * @Test
 * void servesItems() throws Exception {
 *   HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/items")).build(), ofString());
 * }
 * }</pre>
 *
 * <p>In a {@code static} field the app lives for the test class; in an instance field, for each
 * test. It uses only JUnit's stable extension API, so it works on Jupiter 5 and 6.
 */
public final class BriskServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Supplier<Brisk> factory;
  private Brisk app;
  private boolean perClass;

  private BriskServerExtension(Supplier<Brisk> factory) {
    this.factory = factory;
  }

  /** An extension that builds a fresh app from the factory each time it starts one. */
  public static BriskServerExtension of(Supplier<Brisk> factory) {
    return new BriskServerExtension(factory);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    } else if (app != null) {
      app.clearDependencyOverrides();
    }
  }

  private void start() {
    app = factory.get();
    app.options().host("127.0.0.1").shutdownHook(false).banner(false);
    app.start(0);
  }

  private void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  /** The running app. */
  public Brisk app() {
    if (app == null) {
      throw new IllegalStateException("The app is not running (used outside a test?)");
    }
    return app;
  }

  /** The port the app listens on. */
  public int port() {
    return app().port();
  }

  /** An absolute {@code http://127.0.0.1:port} URI for a path (and query). */
  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
  }
}

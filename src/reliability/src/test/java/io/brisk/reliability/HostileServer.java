package io.brisk.reliability;

import io.brisk.Brisk;
import io.brisk.testing.BriskServerExtension;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A {@link HostileApp} on a free port for one test class, its static root deleted when it stops. */
final class HostileServer {
  private HostileServer() {}

  static BriskServerExtension start() {
    return start(app -> { });
  }

  /** The app with extra options (timeouts, HTTP/2) applied before it starts. */
  static BriskServerExtension start(Consumer<Brisk> options) {
    return BriskServerExtension.of(() -> {
      Path root = HostileApp.staticRoot();
      Brisk app = HostileApp.create(root);
      app.onStop(() -> HostileApp.delete(root));
      options.accept(app);
      return app;
    });
  }
}

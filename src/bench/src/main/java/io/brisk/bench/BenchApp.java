package io.brisk.bench;

import io.brisk.Brisk;
import io.brisk.ExecutionMode;
import io.brisk.annotation.Get;
import io.brisk.annotation.Post;
import io.brisk.annotation.Status;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The Brisk app of the benchmark harness: the four endpoints every peer serves, written the way a
 * user would write them, on {@code $PORT}.
 *
 * <p>{@code BRISK_MODE=nonblocking} runs every handler on the event loop; {@code default} (or
 * unset) runs them on virtual threads. Access log and banner are off.
 */
public final class BenchApp {
  private static final String HELLO = "Hello, World!";
  private static final Message MESSAGE = new Message(HELLO);

  /** The handlers; they only compute, so they are safe in either execution mode. */
  public static final class Api {
    /** {@code GET /plaintext}: text. */
    @Get("/plaintext")
    public String plaintext() {
      return HELLO;
    }

    /** {@code GET /json}: a small JSON object. */
    @Get("/json")
    public Message json() {
      return MESSAGE;
    }

    /** {@code GET /items/{id}?q=}: a path integer (422 when not one) and an optional query value. */
    @Get("/items/{id}")
    public ItemRef item(int id, Optional<String> q) {
      return new ItemRef(id, q.orElse(null));
    }

    /** {@code POST /items}: a validated JSON body, echoed with 201 (422 when invalid or malformed). */
    @Post("/items")
    @Status(201)
    public Item create(@Valid Item item) {
      return item;
    }
  }

  private BenchApp() {}

  /** The app in an execution mode (the JMH benchmarks build it too). */
  public static Brisk app(ExecutionMode mode) {
    Brisk app = Brisk.create().include(new Api());
    app.options()
        .defaultExecution(mode)
        .accessLog(false)
        .banner(false)
        .shutdownTimeout(Duration.ofSeconds(2));
    return app;
  }

  /** The execution mode that {@code BRISK_MODE} names. */
  static ExecutionMode mode(String env) {
    String m = env == null ? "" : env.trim().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "", "default", "virtual", "virtual-thread" -> ExecutionMode.VIRTUAL_THREAD;
      case "nonblocking", "non-blocking", "event-loop" -> ExecutionMode.EVENT_LOOP;
      default -> throw new IllegalArgumentException("BRISK_MODE must be 'default' or 'nonblocking', not '" + env + "'");
    };
  }

  /** Serves on {@code $PORT} (default 8080). */
  public static void main(String[] args) {
    ExecutionMode mode = mode(System.getenv("BRISK_MODE"));
    String portEnv = System.getenv("PORT");
    int port = portEnv == null || portEnv.isBlank() ? 8080 : Integer.parseInt(portEnv.trim());
    Brisk app = app(mode);
    int bound = app.start(port);
    System.out.println("brisk-bench listening on " + bound + " (handlers: " + mode + ")");
  }
}

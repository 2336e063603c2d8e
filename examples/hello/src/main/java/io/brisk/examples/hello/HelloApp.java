package io.brisk.examples.hello;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The smallest Brisk app: {@code GET /} and {@code GET /hello/{name}?greeting=...}, with its
 * OpenAPI document at {@code /openapi.json} and interactive docs at {@code /docs}.
 */
public final class HelloApp {
  /** A greeting, returned as JSON. */
  public record Greeting(String message) {}

  /** The handlers. */
  public static final class Api {
    /** Says hello as plain text. */
    @Get("/")
    public String root() {
      return "Hello, World!";
    }

    /** Greets someone by name, as JSON. */
    @Get("/hello/{name}")
    public Greeting hello(@Size(max = 50) String name, Optional<@Size(min = 1, max = 20) String> greeting) {
      return new Greeting(greeting.orElse("Hello") + ", " + name + "!");
    }
  }

  private HelloApp() {}

  /** The app, for tests and for {@link #main}. */
  public static Brisk app() {
    return Brisk.create().include(new Api());
  }

  /** Serves the app on {@code PORT} (default 8000). */
  public static void main(String[] args) {
    app().start();
  }
}

package io.brisk.openapi.apps;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import java.util.Optional;

/** The smallest app, with the OpenAPI module found on the classpath (no configuration). */
public final class HelloApp {
  private HelloApp() {}

  /** A greeting. */
  public record Greeting(String message) {}

  /** The handlers. */
  public static final class Api {
    /** Says hello as plain text. */
    @Get("/")
    public String root() {
      return "Hello, World!";
    }

    /**
     * Greets someone by name.
     *
     * @param name who to greet
     * @param greeting the word to greet with, {@code Hello} by default
     */
    @Get("/hello/{name}")
    public Greeting hello(String name, Optional<String> greeting) {
      return new Greeting(greeting.orElse("Hello") + ", " + name + "!");
    }
  }

  /** The app. */
  public static Brisk app() {
    return Brisk.create().include(new Api());
  }
}

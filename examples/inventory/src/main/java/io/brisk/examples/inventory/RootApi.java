package io.brisk.examples.inventory;

import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Router;
import io.brisk.examples.inventory.data.Database;
import io.brisk.openapi.ApiResponse;

/** The greeting and the health check. Thread-safe. */
@Router(tags = "meta")
public final class RootApi {
  /**
   * A greeting.
   *
   * @param message the greeting
   */
  public record Message(String message) {}

  /**
   * How the service is.
   *
   * @param status {@code ok}, or {@code unavailable} when a part it needs is down
   * @param database {@code ok} or {@code down}
   */
  public record Health(String status, String database) {}

  private final Database database;

  /** The API of an app using this database. */
  public RootApi(Database database) {
    this.database = database;
  }

  /**
   * Says hello.
   *
   * @return the greeting
   */
  @Get("/")
  public Message root() {
    return new Message("Hello World");
  }

  /**
   * Tells whether the service and its database work: 200 when they do, 503 when the database
   * cannot be reached.
   *
   * @return the health
   */
  @Get("/health")
  @ApiResponse(status = 503, description = "The database cannot be reached", type = Health.class)
  public Response<Health> health() {
    return database.isReachable()
        ? Response.ok(new Health("ok", "ok"))
        : Response.<Health>status(503).body(new Health("unavailable", "down"));
  }
}

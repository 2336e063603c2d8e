package io.brisk.openapi.apps;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Head;
import io.brisk.annotation.Post;
import java.util.List;

/** Two classes named Item, a class named Problem, and handler methods that share names. */
public final class CollisionApp {
  private CollisionApp() {}

  /** The shop's view. */
  public static final class Shop {
    /** An item in the shop. */
    public record Item(String name, double price) {}

    /** A user's own class that shares its name with the problem schema. */
    public record Problem(String what) {}

    /** The shop's handlers. */
    public static final class Api {
      /** Lists the shop's items. */
      @Get("/shop/items")
      @Head("/shop/items")
      public List<Item> list() {
        return List.of();
      }

      /** Reports a problem. */
      @Post("/shop/problems")
      public Problem report(Problem problem) {
        return problem;
      }
    }
  }

  /** The warehouse's view. */
  public static final class Warehouse {
    /** An item in the warehouse. */
    public record Item(String name, int stock) {}

    /** The warehouse's handlers. */
    public static final class Api {
      /** Lists the warehouse's items. */
      @Get("/warehouse/items")
      public List<Item> list() {
        return List.of();
      }
    }
  }

  /** The app. */
  public static Brisk app() {
    return Brisk.create().include(new Shop.Api()).include(new Warehouse.Api());
  }
}

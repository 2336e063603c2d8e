package io.brisk.openapi.apps;

import io.brisk.Brisk;
import io.brisk.HttpException;
import io.brisk.Response;
import io.brisk.ResponseHeaders;
import io.brisk.RouteGroup;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Patch;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.brisk.annotation.Query;
import io.brisk.annotation.Router;
import io.brisk.annotation.Status;
import io.brisk.openapi.ApiResponse;
import io.brisk.openapi.Example;
import io.brisk.openapi.OpenApiConfig;
import io.brisk.openapi.OpenApiPlugin;
import io.brisk.openapi.ResponseHeader;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A representative app: CRUD with constraints, generics, groups, headers, cookies, Javadoc. */
public final class InventoryApp {
  private InventoryApp() {}

  /** What an item is made of. */
  public enum Material { WOOD, STEEL, PLASTIC }

  /** An item on the shelves. */
  public record Item(
      long id,
      @NotBlank @Size(max = 40) String name,
      @DecimalMin(value = "0", inclusive = false) BigDecimal price,
      Material material,
      Set<@Size(min = 1, max = 12) String> tags,
      Optional<String> note,
      Optional<Supplier> supplier,
      UUID sku,
      LocalDate addedOn,
      OffsetDateTime updatedAt) {}

  /** What a client sends to create an item. */
  public record ItemIn(
      @NotBlank @Size(max = 40) @Schema(example = "Hammer") String name,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal price,
      Material material,
      @Size(max = 5) List<@Size(min = 1, max = 12) String> tags,
      @Email String contact) {}

  /** Who sells the item. */
  public record Supplier(String name, @Pattern(regexp = "^[A-Z]{2}$") String country) {}

  /** One page of results. */
  public record Page<T>(List<T> items, int total, int offset) {}

  /** Filters of the search, as one group of query values. */
  public record Filters(
      @Query(description = "Only items of this material") Optional<Material> material,
      @Query(defaultValue = "0") @Min(0) int minStock,
      @Query("in_stock") Optional<Boolean> inStock) {}

  /** The items API. */
  @Router(prefix = "/items", tags = "items")
  public static final class ItemsApi {
    /**
     * Lists items, a page at a time.
     *
     * <p>Items come sorted by name. Use {@code offset} and {@code limit} to page.
     *
     * @param offset how many items to skip
     * @param limit how many items to return at most
     * @return a page of items
     */
    @Get
    public Page<Item> list(
        @Query(defaultValue = "0") @Min(0) int offset,
        @Query(defaultValue = "20") @Min(1) @Max(100) @Example("10") int limit,
        @Query Optional<@Size(min = 2) String> q) {
      return new Page<>(List.of(), 0, offset);
    }

    /**
     * Reads one item.
     *
     * @param itemId the item's id
     */
    @Get("/{itemId}")
    @ApiResponse(status = 404, description = "No item has this id")
    public Item read(@Positive long itemId) {
      throw HttpException.notFound("No item " + itemId);
    }

    /** Creates an item and answers where it lives. */
    @Post
    @Status(201)
    public Response<Item> create(
        @Valid @Example("{\"name\": \"Hammer\", \"price\": 9.5, \"material\": \"STEEL\"}") ItemIn body) {
      return Response.created(URI.create("/items/1"), null);
    }

    /** Replaces an item. */
    @Put("/{itemId}")
    @ApiResponse(status = 404, description = "No item has this id")
    @ApiResponse(status = 409, description = "The item changed meanwhile",
        headers = @ResponseHeader(name = "ETag", description = "The current version"))
    public Item replace(long itemId, ItemIn body, @Header("If-Match") Optional<String> ifMatch) {
      throw HttpException.notFound("No item " + itemId);
    }

    /** Deletes an item; deleting a missing one is not an error. */
    @Delete("/{itemId}")
    public void delete(long itemId) {}

    /** Searches items by filters. */
    @Get(value = "/search", operationId = "searchItems", tags = "search")
    @ResponseHeader(name = "X-Total-Count", description = "How many items match", type = long.class)
    public List<Item> search(@Query Filters filters, ResponseHeaders headers) {
      return List.of();
    }

    /** Finds an item by its stock-keeping unit, if any. */
    @Get("/by-sku/{sku}")
    public Optional<Item> bySku(UUID sku) {
      return Optional.empty();
    }

    /** Every item, one JSON object per line. */
    @Get("/export")
    public java.util.stream.Stream<Item> export() {
      return java.util.stream.Stream.empty();
    }

    /** Old name of search. */
    @Deprecated
    @Get(value = "/find", summary = "Find items (old)", description = "Use `/items/search`.")
    public List<Item> find(@Query List<String> tag) {
      return List.of();
    }
  }

  /** The account API: headers and cookies. */
  @Router(prefix = "/account", tags = "account")
  public static final class AccountApi {
    /** The current user's preferences. */
    @Get("/preferences")
    public Preferences preferences(
        @Header(description = "The client's version") Optional<String> userAgent,
        @Cookie("session") String session,
        @Query(defaultValue = "en") @Pattern(regexp = "^[a-z]{2}$") String lang) {
      return new Preferences("dark", 20);
    }

    /** Updates preferences partially. */
    @Patch("/preferences")
    public Preferences update(Preferences changes) {
      return changes;
    }

    /** The account's avatar. */
    @Get("/avatar")
    @io.brisk.annotation.Produces("image/png")
    public byte[] avatar() {
      return new byte[0];
    }

    /** A plain-text greeting. */
    @Get("/greeting")
    public String greeting() {
      return "Hello";
    }
  }

  /** A user's preferences. */
  public record Preferences(String theme, @Min(5) @Max(100) int pageSize) {}

  /** An internal endpoint that the document leaves out. */
  public static final class AdminApi {
    /** Clears caches. */
    @io.brisk.annotation.Hidden
    @Post("/admin/clear")
    public void clear() {}
  }

  /** The OpenAPI configuration of the app. */
  public static OpenApiConfig config() {
    return new OpenApiConfig()
        .title("Inventory")
        .version("1.4.0")
        .summary("Items on the shelves")
        .description("Manage the **inventory**.")
        .contact("Shelf team", "https://example.com/team", "shelves@example.com")
        .licenseIdentifier("Apache 2.0", "Apache-2.0")
        .tag("items", "Everything on the shelves")
        .tag("account", "Who is using the API");
  }

  /** The app with the given configuration. */
  public static Brisk app(OpenApiConfig config) {
    return Brisk.create()
        .include(RouteGroup.prefix("/v1").include(new ItemsApi()).include(new AccountApi()))
        .include(new AdminApi())
        .plugin(new OpenApiPlugin(config));
  }

  /** The app with its configuration. */
  public static Brisk app() {
    return app(config());
  }
}

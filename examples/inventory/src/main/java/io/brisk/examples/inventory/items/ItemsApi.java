package io.brisk.examples.inventory.items;

import io.brisk.HttpException;
import io.brisk.Response;
import io.brisk.annotation.Body;
import io.brisk.annotation.Delete;
import io.brisk.annotation.DependsOn;
import io.brisk.annotation.Get;
import io.brisk.annotation.Patch;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.brisk.annotation.Query;
import io.brisk.annotation.Router;
import io.brisk.annotation.Status;
import io.brisk.examples.inventory.auth.CurrentUser;
import io.brisk.examples.inventory.data.Transaction;
import io.brisk.openapi.ApiResponse;
import io.brisk.security.Scopes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The items: anyone may read them; changing them takes a token with the {@code items:write}
 * scope.
 *
 * <p>Write routes resolve {@link CurrentUser} first ({@code @DependsOn}): a missing or invalid
 * token is a 401 and a missing scope a 403 before the body is read or the item looked up. Each
 * request works in its own transaction ({@link ItemRepository} and {@link Transaction} are
 * request-scoped: one of each per request); handlers that write commit before answering (see
 * {@link Transaction#commit()}). Stateless.
 */
@Router(prefix = "/items", tags = "items")
public final class ItemsApi {

  /**
   * Creates an item.
   *
   * @param item the new item's fields
   * @return the item, with its id; {@code Location} says where it lives
   */
  @Post
  @Status(201)
  @Scopes("items:write")
  @DependsOn(CurrentUser.class)
  public Response<ItemOut> create(ItemIn item, ItemRepository items, Transaction tx) {
    ItemOut created = items.create(item);
    tx.commit();
    return Response.created(URI.create("/items/" + created.id()), created);
  }

  /**
   * Lists items, ordered by id.
   *
   * @param skip how many matching items to skip
   * @param limit how many items to return at most
   * @param category only items of this category
   * @param tag only items having this tag (repeat it: items having every one)
   * @return the page of items
   */
  @Get
  public List<ItemOut> list(
      @Query(defaultValue = "0") @Min(0) int skip,
      @Query(defaultValue = "10") @Min(1) @Max(100) int limit,
      @Query Optional<Category> category,
      @Query List<String> tag,
      ItemRepository items) {
    return items.list(skip, limit, category, tag);
  }

  /**
   * Reads an item.
   *
   * @param itemId the item's id
   * @return the item
   */
  @Get("/{item_id}")
  @ApiResponse(status = 404, description = "No item has this id")
  public ItemOut read(@Path("item_id") @Min(1) long itemId, ItemRepository items) {
    return items.find(itemId).orElseThrow(() -> notFound(itemId));
  }

  /**
   * Replaces an item: optional fields not sent are reset to their defaults.
   *
   * @param itemId the item's id
   * @param item the item's new fields
   * @return the item as it is now
   */
  @Put("/{item_id}")
  @Scopes("items:write")
  @DependsOn(CurrentUser.class)
  @ApiResponse(status = 404, description = "No item has this id")
  public ItemOut replace(@Path("item_id") @Min(1) long itemId, ItemIn item, ItemRepository items, Transaction tx) {
    ItemOut replaced = items.replace(itemId, item).orElseThrow(() -> notFound(itemId));
    tx.commit();
    return replaced;
  }

  /**
   * Changes some fields of an item: fields not sent stay as they are.
   *
   * @param itemId the item's id
   * @param patch the fields to change
   * @return the item as it is now
   */
  @Patch("/{item_id}")
  @Scopes("items:write")
  @DependsOn(CurrentUser.class)
  @ApiResponse(status = 404, description = "No item has this id")
  public ItemOut update(
      @Path("item_id") @Min(1) long itemId, @Body ItemPatch patch, ItemRepository items, Transaction tx) {
    ItemOut current = items.findForUpdate(itemId).orElseThrow(() -> notFound(itemId));
    ItemOut updated = items.replace(itemId, patch.applyTo(current.fields())).orElseThrow(() -> notFound(itemId));
    tx.commit();
    return updated;
  }

  /**
   * Deletes an item.
   *
   * @param itemId the item's id
   */
  @Delete("/{item_id}")
  @Scopes("items:write")
  @DependsOn(CurrentUser.class)
  @ApiResponse(status = 404, description = "No item has this id")
  public void delete(@Path("item_id") @Min(1) long itemId, ItemRepository items, Transaction tx) {
    if (!items.delete(itemId)) {
      throw notFound(itemId);
    }
    tx.commit();
  }

  private static HttpException notFound(long itemId) {
    return HttpException.notFound("Item " + itemId + " does not exist");
  }
}

package io.brisk.examples.inventory.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Items in the database, read and written inside the request's transaction.
 *
 * <p>Request-scoped (see {@code DataProviders}): used by one request's thread only.
 */
public final class ItemRepository {
  private static final String COLUMNS = "id, name, description, price, tax, category";
  private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(rs.getLong("id"), rs.getString("name"),
      rs.getString("description"), rs.getDouble("price"), rs.getObject("tax", Double.class),
      Category.valueOf(rs.getString("category")));

  private final Handle handle;

  /** A repository working in this handle's transaction. */
  public ItemRepository(Handle handle) {
    this.handle = handle;
  }

  /** Stores a new item and returns it with its id. */
  public ItemOut create(ItemIn in) {
    Update insert = handle.createUpdate(
        "INSERT INTO items (name, description, price, tax, category) VALUES (:name, :description, :price, :tax, :category)");
    long id = bindFields(insert, in).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    insertTags(id, in);
    return ItemOut.of(id, in);
  }

  /** The item with this id. */
  public Optional<ItemOut> find(long id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM items WHERE id = :id")
        .bind("id", id)
        .map(ROW)
        .findOne()
        .map(row -> row.toItem(tagsOf(List.of(id)).getOrDefault(id, List.of())));
  }

  /**
   * A page of items ordered by id, optionally of one category and having every given tag.
   *
   * @param skip how many matching items to skip
   * @param limit how many to return at most
   */
  public List<ItemOut> list(int skip, int limit, Optional<Category> category, List<String> tags) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM items WHERE 1 = 1");
    category.ifPresent(c -> sql.append(" AND category = :category"));
    List<String> wanted = List.copyOf(new LinkedHashSet<>(tags));
    if (!wanted.isEmpty()) {
      sql.append(" AND id IN (SELECT item_id FROM item_tags WHERE tag IN (<tags>)"
          + " GROUP BY item_id HAVING COUNT(DISTINCT tag) = :tagCount)");
    }
    sql.append(" ORDER BY id LIMIT :limit OFFSET :skip");
    Query query = handle.createQuery(sql.toString()).bind("limit", limit).bind("skip", skip);
    category.ifPresent(c -> query.bind("category", c.name()));
    if (!wanted.isEmpty()) {
      query.bindList("tags", wanted).bind("tagCount", wanted.size());
    }
    List<Row> rows = query
        .map(ROW)
        .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> tagsById = tagsOf(rows.stream().map(Row::id).toList());
    return rows.stream().map(r -> r.toItem(tagsById.getOrDefault(r.id(), List.of()))).toList();
  }

  /** Replaces every field of an item; empty when there is no such item. */
  public Optional<ItemOut> replace(long id, ItemIn in) {
    Update update = handle.createUpdate(
        "UPDATE items SET name = :name, description = :description, price = :price, tax = :tax, category = :category"
            + " WHERE id = :id");
    if (bindFields(update, in).bind("id", id).execute() == 0) {
      return Optional.empty();
    }
    handle.createUpdate("DELETE FROM item_tags WHERE item_id = :id").bind("id", id).execute();
    insertTags(id, in);
    return Optional.of(ItemOut.of(id, in));
  }

  /** Locks an item's row until the end of the transaction and returns it (for read-modify-write). */
  public Optional<ItemOut> findForUpdate(long id) {
    boolean exists = handle.createQuery("SELECT id FROM items WHERE id = :id FOR UPDATE")
        .bind("id", id).mapTo(Long.class).findOne().isPresent();
    return exists ? find(id) : Optional.empty();
  }

  /** Deletes an item (its tags go with it); false when there was none. */
  public boolean delete(long id) {
    return handle.createUpdate("DELETE FROM items WHERE id = :id").bind("id", id).execute() > 0;
  }

  private static Update bindFields(Update update, ItemIn in) {
    return update.bind("name", in.name())
        .bind("description", in.description())
        .bind("price", in.price())
        .bind("tax", in.tax())
        .bind("category", in.category().name());
  }

  private void insertTags(long id, ItemIn in) {
    if (in.tags().isEmpty()) {
      return;
    }
    var batch = handle.prepareBatch("INSERT INTO item_tags (item_id, position, tag) VALUES (:id, :position, :tag)");
    int position = 0;
    for (String tag : in.tags()) {
      batch.bind("id", id).bind("position", position++).bind("tag", tag).add();
    }
    batch.execute();
  }

  private Map<Long, List<String>> tagsOf(List<Long> ids) {
    Map<Long, List<String>> tags = new LinkedHashMap<>();
    handle.createQuery("SELECT item_id, tag FROM item_tags WHERE item_id IN (<ids>) ORDER BY item_id, position")
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getLong("item_id"), rs.getString("tag")))
        .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return tags;
  }

  /** An item's columns. */
  private record Row(long id, String name, String description, double price, Double tax, Category category) {
    ItemOut toItem(List<String> tags) {
      return new ItemOut(id, name, description, price, tax, tags, category);
    }
  }
}

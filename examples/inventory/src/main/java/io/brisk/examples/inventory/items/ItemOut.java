package io.brisk.examples.inventory.items;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item as the API returns it: its id and every field of {@link ItemIn}.
 *
 * @param id the item's id, from 1
 * @param name the name
 * @param description the description, or null
 * @param price the price
 * @param tax the tax, or null
 * @param tags the tags, in the order given
 * @param category the category
 */
public record ItemOut(
    long id,
    String name,
    @Nullable String description,
    double price,
    @Nullable Double tax,
    List<String> tags,
    Category category) {

  /** Copies the tags. */
  public ItemOut {
    tags = List.copyOf(tags);
  }

  /** The item with this id and these fields. */
  public static ItemOut of(long id, ItemIn in) {
    return new ItemOut(id, in.name(), in.description(), in.price(), in.tax(), List.copyOf(in.tags()), in.category());
  }

  /** The fields, as a client would send them to replace the item. */
  public ItemIn fields() {
    return new ItemIn(name, description, price, tax, new java.util.LinkedHashSet<>(tags), category);
  }
}

package io.brisk.examples.inventory.items;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.brisk.validation.UnknownFieldPolicy;
import io.brisk.validation.UnknownFields;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partial update: any subset of {@link ItemIn}'s fields, each checked by the same rules
 * (the constraints are ItemIn's, and {@code null} is refused where ItemIn refuses it: {@code name},
 * {@code price}, {@code tags}, {@code category}). Unknown fields are refused.
 *
 * <p>A class rather than a record, because a patch must tell "not sent" from "sent as null":
 * Jackson calls a setter for every field present in the JSON, null included, and for no other.
 * Made by Jackson for one request; not thread-safe.
 */
@UnknownFields(UnknownFieldPolicy.FORBID)
public final class ItemPatch {
  private final Set<String> sent = new LinkedHashSet<>();

  @JsonProperty
  @Size(min = 1, max = 100)
  private String name;

  @JsonProperty
  @Size(max = 300)
  private @Nullable String description;

  @JsonProperty
  @Positive
  private Double price;

  @JsonProperty
  @PositiveOrZero
  private @Nullable Double tax;

  @JsonProperty
  private Set<String> tags;

  @JsonProperty
  private Category category;

  /** Sets the name (null refused). */
  @JsonSetter(nulls = Nulls.FAIL)
  public void setName(String name) {
    this.name = name;
    sent.add("name");
  }

  /** Sets or clears the description. */
  public void setDescription(@Nullable String description) {
    this.description = description;
    sent.add("description");
  }

  /** Sets the price (null refused). */
  @JsonSetter(nulls = Nulls.FAIL)
  public void setPrice(Double price) {
    this.price = price;
    sent.add("price");
  }

  /** Sets or clears the tax. */
  public void setTax(@Nullable Double tax) {
    this.tax = tax;
    sent.add("tax");
  }

  /** Replaces the tags (null refused; a repeated tag is an error). */
  @JsonSetter(nulls = Nulls.FAIL)
  @JsonDeserialize(as = LinkedHashSet.class)
  public void setTags(Set<String> tags) {
    this.tags = tags;
    sent.add("tags");
  }

  /** Sets the category (null refused). */
  @JsonSetter(nulls = Nulls.FAIL)
  public void setCategory(Category category) {
    this.category = category;
    sent.add("category");
  }

  /** The fields of an item with this patch applied: the fields sent replace the current ones. */
  public ItemIn applyTo(ItemIn current) {
    return new ItemIn(
        sent.contains("name") ? name : current.name(),
        sent.contains("description") ? description : current.description(),
        sent.contains("price") ? price : current.price(),
        sent.contains("tax") ? tax : current.tax(),
        sent.contains("tags") ? tags : current.tags(),
        sent.contains("category") ? category : current.category());
  }
}

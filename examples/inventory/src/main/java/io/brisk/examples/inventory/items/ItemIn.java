package io.brisk.examples.inventory.items;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.brisk.validation.UnknownFieldPolicy;
import io.brisk.validation.UnknownFields;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a client sends to create or replace an item. Unknown fields are refused.
 *
 * @param name 1 to 100 characters
 * @param description at most 300 characters, or null
 * @param price more than 0
 * @param tax 0 or more, or null
 * @param tags distinct strings, in the client's order; none when absent (but never null)
 * @param category what kind of item it is
 */
@UnknownFields(UnknownFieldPolicy.FORBID)
public record ItemIn(
    @Size(min = 1, max = 100) String name,
    @Nullable @Size(max = 300) String description,
    @Positive double price,
    @Nullable @PositiveOrZero Double tax,
    @Nullable @JsonDeserialize(using = TagsDeserializer.class) Set<String> tags,
    Category category) {

  /** Keeps the tags in order and unmodifiable; none when not given. */
  public ItemIn {
    tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
  }
}

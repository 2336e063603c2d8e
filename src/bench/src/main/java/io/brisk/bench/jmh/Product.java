package io.brisk.bench.jmh;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A typical API record for the JSON and validation benchmarks: six constrained fields, one of
 * them a list of nested records.
 */
public record Product(
    @Positive long id,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 32) String sku,
    @Positive double price,
    @PositiveOrZero int stock,
    @NotNull @Size(max = 20) List<@Valid @NotNull Variant> variants) {

  /** One variant of a product. */
  public record Variant(@NotBlank @Size(max = 20) String color, @Positive int size) {}

  /** A valid product with two variants. */
  public static Product sample(long id) {
    return new Product(id, "Garden hose " + id, "GH-" + id, 19.99 + id % 10, 42,
        List.of(new Variant("green", 15), new Variant("black", 25)));
  }

  /** A product breaking two constraints (blank name, negative stock). */
  public static Product invalid() {
    return new Product(7, " ", "GH-7", 19.99, -1, List.of(new Variant("green", 15)));
  }
}

package io.brisk.bench;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /items}, with the harness's constraints: a name of 1 to 100 characters,
 * a price above 0, a list of tags without nulls.
 */
public record Item(
    @NotNull @Size(min = 1, max = 100) String name,
    @NotNull @Positive Double price,
    @NotNull List<@NotNull String> tags) {}

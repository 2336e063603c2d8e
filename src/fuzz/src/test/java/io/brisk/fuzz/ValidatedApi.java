package io.brisk.fuzz;

import io.brisk.annotation.Body;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Routes taking validated records, for the JSON → record → validation harness. Each handler
 * checks what it received with a validator of its own: a handler must never see an invalid
 * value, so a violation here throws, the framework answers 500, and the harness reports it.
 */
public final class ValidatedApi {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator INDEPENDENT = FACTORY.getValidator();

  public enum Fit { SLIM, REGULAR, LOOSE }

  public record Dimensions(@Positive double width, @Positive @Max(1000) double height) {}

  public record Variant(@NotBlank @Size(max = 10) String color, @Min(1) @Max(99) int size, Fit fit) {}

  public record Product(
      @NotBlank @Size(max = 20) String name,
      @Pattern(regexp = "[A-Z]{3}-[0-9]{4}") String sku,
      @DecimalMin("0.01") @DecimalMax("100000") BigDecimal price,
      @Min(0) @Max(1000) int stock,
      @Size(max = 3) List<@NotBlank String> tags,
      @Valid Dimensions dimensions,
      @Size(max = 4) List<@Valid Variant> variants,
      Map<String, @Min(0) Integer> warehouses,
      Optional<@Email String> contact,
      Optional<@Past LocalDate> since,
      Fit fit,
      @NotNull Boolean active) {}

  @Post("/products")
  public String create(Product product) {
    return "created " + checked(product).name();
  }

  @Post("/products/batch")
  public String createMany(@Size(max = 3) List<@Valid Product> products) {
    if (products.size() > 3) {
      throw new IllegalStateException("The handler got " + products.size() + " products, over @Size(max = 3)");
    }
    // Null elements are valid as declared (no @NotNull on the element): Bean Validation passes them on.
    products.stream().filter(Objects::nonNull).forEach(ValidatedApi::checked);
    return "created " + products.size();
  }

  @Post("/products/by-key")
  public String createByKey(Map<String, @Valid Product> products) {
    products.values().stream().filter(Objects::nonNull).forEach(ValidatedApi::checked);
    return "created " + products.keySet().size();
  }

  @Post("/variants")
  public String variant(Variant variant) {
    return "variant " + checked(variant).color();
  }

  @Put("/dimensions/{id}")
  public String dimensions(@Path @Min(1) int id, @Body Dimensions dimensions, Set<Fit> fits) {
    if (id < 1) {
      throw new IllegalStateException("The handler got id " + id + ", under @Min(1)");
    }
    return "dimensions " + id + " " + checked(dimensions).width();
  }

  private static <T> T checked(T value) {
    if (value == null) {
      throw new IllegalStateException("The handler got a null body");
    }
    Set<ConstraintViolation<T>> violations = INDEPENDENT.validate(value);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("The handler got an invalid " + value.getClass().getSimpleName() + ": "
          + violations);
    }
    return value;
  }
}

package io.brisk.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast checks against Hibernate Validator itself: whatever a check proves valid, the validator
 * must find valid (the fast path may only skip work, never change an answer), and the common valid
 * values must be proven, or the fast path would be dead code.
 */
class FastChecksTest {
  record Tag(@NotBlank @Size(max = 8) String label) {}

  record Item(
      @NotNull @Size(min = 1, max = 10) String name,
      @NotNull @Positive Double price,
      @PositiveOrZero Integer stock,
      @Min(-5) @Max(5) Long delta,
      @Negative Short below,
      @NegativeOrZero BigDecimal debt,
      @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String code,
      @NotEmpty List<@NotNull @Size(max = 3) String> tags,
      Map<String, @Min(0) Integer> counts,
      Optional<@Size(min = 2) String> note,
      @NotNull Optional<String> required,
      @Valid Tag main,
      List<@Valid Tag> more) {}

  record WithEmail(@Email String email) {}

  record Outer(@Valid Item item, @Max(3) float ratio) {}

  private final Validator validator = ValidatorHolder.shared().validator();
  private final FastChecks checks = new FastChecks(validator);
  private final Random random = new Random(42);

  @Test
  void provesTheCommonValidValues() {
    Item valid = new Item("box", 9.5, 3, 0L, (short) -1, BigDecimal.valueOf(-2), "AbC", List.of("a", "bc"),
        Map.of("x", 1), Optional.of("ok"), Optional.of("r"), new Tag("red"), List.of(new Tag("blue")));
    assertThat(validator.validate(valid)).isEmpty();
    assertThat(checks.bean(Item.class).valid(valid)).isTrue();
    assertThat(checks.bean(Outer.class).valid(new Outer(valid, 2.5f))).isTrue();
  }

  @Test
  void leavesUnknownConstraintsAndNonRecordsToTheValidator() {
    assertThat(checks.bean(WithEmail.class)).isNull();
    assertThat(checks.bean(ArrayList.class)).isNull();
  }

  @Test
  void neverProvesAnInvalidValueValid() {
    int proven = 0;
    int invalid = 0;
    for (int i = 0; i < 5_000; i++) {
      Item item = randomItem();
      boolean fast = checks.bean(Item.class).valid(item);
      boolean hv = validator.validate(item).isEmpty();
      if (fast) {
        assertThat(hv).as("proven valid but the validator disagrees: %s", item).isTrue();
        proven++;
      }
      if (!hv) {
        invalid++;
      }
      Outer outer = new Outer(item, pick(1f, 3f, 3.5f, Float.NaN, -0f, Float.POSITIVE_INFINITY));
      if (checks.bean(Outer.class).valid(outer)) {
        assertThat(validator.validate(outer)).as("%s", outer).isEmpty();
      }
    }
    // Both kinds occur, or the comparison above says nothing.
    assertThat(proven).isGreaterThan(100);
    assertThat(invalid).isGreaterThan(100);
  }

  private Item randomItem() {
    return new Item(
        pick("box", null, "", "x".repeat(10), "x".repeat(11), " "),
        pick(1.0, null, 0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, 1e300, Double.MIN_VALUE),
        pick(5, null, 0, -1, Integer.MAX_VALUE),
        pick(-5L, null, -6L, 5L, 6L, Long.MIN_VALUE),
        pick((short) -1, null, (short) 0, (short) 1),
        pick(BigDecimal.ZERO, null, BigDecimal.valueOf(-1), new BigDecimal("0.0001"), new BigDecimal("-1e-30")),
        pick("ABC", null, "abc", "a1", "", "\u00e9"),
        pick(List.of("a"), null, List.of(), Arrays.asList("a", null), List.of("abcd"), List.of("ab", "abc")),
        pick(Map.of("a", 0), null, Map.of(), Map.of("a", -1), nullValueMap()),
        pick(Optional.of("ab"), null, Optional.empty(), Optional.of("a")),
        pick(Optional.of("r"), Optional.empty()),
        pick(new Tag("ok"), null, new Tag(null), new Tag(" "), new Tag("\u2003"), new Tag("toolonglabel")),
        pick(List.of(new Tag("ok")), null, List.of(), List.of(new Tag("")), Arrays.asList(new Tag("a"), null)));
  }

  private static Map<String, Integer> nullValueMap() {
    Map<String, Integer> m = new java.util.HashMap<>();
    m.put("a", null);
    return m;
  }

  /** Mostly the first value (a valid one), otherwise any: both valid and invalid items occur often. */
  @SafeVarargs
  private <T> T pick(T... values) {
    return random.nextInt(100) < 85 ? values[0] : values[random.nextInt(values.length)];
  }
}

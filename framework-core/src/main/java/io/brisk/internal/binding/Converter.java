package io.brisk.internal.binding;

import java.util.Map;
import java.util.function.Function;

/**
 * Converts text to one Java type, and says how to report text it cannot convert.
 *
 * @param function the conversion; throws any {@link RuntimeException} for invalid text
 * @param errorType the error {@code type} code, for example {@code int_parsing}
 * @param message the error sentence, for example {@code Input should be a valid integer}
 * @param ctx facts for the error's {@code ctx} (for enums, the expected values)
 */
public record Converter(
    Function<String, Object> function, String errorType, String message, Map<String, Object> ctx) {

  /** A converter without error context. */
  static Converter of(Function<String, Object> function, String errorType, String message) {
    return new Converter(function, errorType, message, Map.of());
  }
}

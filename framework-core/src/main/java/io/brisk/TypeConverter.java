package io.brisk;

/**
 * Converts one text value (from the path, query, a header or a cookie) to a type.
 *
 * <p>Register one with {@link Brisk#converter}; throw {@link IllegalArgumentException} with a
 * human message when the text is not valid, and the request is answered 422.
 *
 * @param <T> the target type
 */
@FunctionalInterface
public interface TypeConverter<T> {
  /** Converts the text, or throws {@link IllegalArgumentException}. */
  T convert(String text);
}

package io.brisk.internal.binding;

/** How a text-valued parameter wraps its element type. */
public enum ValueShape {
  /** {@code T}: one value. */
  SINGLE,
  /** {@code Optional<T>}: zero or one value. */
  OPTIONAL,
  /** {@code List<T>}: every value, in order. */
  LIST,
  /** {@code Set<T>}: every value; a repeated value is an error. */
  SET
}

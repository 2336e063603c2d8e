package io.brisk.validation.internal;

/** How a value is validated as a bean when nothing says {@code @Valid}. */
enum BeanShape {
  /** The value is a constrained bean (a record or a class). */
  BEAN,
  /** The value is a list, set, map or array of constrained beans: each is validated, located by index or key. */
  ELEMENTS
}

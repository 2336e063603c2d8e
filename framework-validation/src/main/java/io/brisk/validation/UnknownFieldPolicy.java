package io.brisk.validation;

/** What a JSON body may do with a field its type does not declare. */
public enum UnknownFieldPolicy {
  /** The field is skipped (the default, like FastAPI). */
  IGNORE,
  /** The request is rejected: {@code extra_forbidden} at the field's {@code loc}. */
  FORBID
}

package io.brisk.validation.internal;

import java.util.List;

/**
 * How a route's response is validated.
 *
 * @param tree the shape of the response type
 * @param returnValue whether the method declares return-value constraints (method validation)
 * @param bean how the body is validated as a bean, or {@code null}
 */
record ResponseCheck(FieldTree tree, boolean returnValue, BeanShape bean) {
  /** The start of every response error's {@code loc}. */
  static final List<Object> PREFIX = List.of("response");
}

package io.brisk.internal.routing;

/**
 * The outcome of looking a request up in the {@link RouteTable}.
 *
 * @param endpoint the methods served at the matched path, or {@code null} when no path matched
 * @param pathValues the decoded variable values, in template order
 * @param redirectPath when not {@code null}, the path to redirect to (trailing-slash policy)
 */
public record RouteMatch<R>(MethodTable<R> endpoint, String[] pathValues, String redirectPath) {
  static final String[] NO_VALUES = new String[0];
  /** The answer when no path matches: shared, as it holds nothing. */
  static final RouteMatch<?> NOT_FOUND = new RouteMatch<>(null, NO_VALUES, null);
}

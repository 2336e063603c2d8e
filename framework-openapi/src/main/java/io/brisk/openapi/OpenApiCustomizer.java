package io.brisk.openapi;

import io.brisk.Route;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

/**
 * Adds to the generated document what a module knows and the core route model does not: the
 * extension point for security schemes (and the 401/403 and {@code security} of the operations
 * that need them), form and multipart bodies, vendor extensions.
 *
 * <p>Customizers come from {@link OpenApiConfig#customizer} and from
 * {@code META-INF/services/io.brisk.openapi.OpenApiCustomizer} (so a module on the classpath
 * contributes by itself). They run once, at start-up, on the thread that builds the route model,
 * in that order: every {@link #operation} (routes in model order), then {@link #document}. They
 * must be deterministic, or the document stops being byte-identical between starts.
 */
public interface OpenApiCustomizer {
  /** Adjusts the operation generated for a route (hidden routes are never passed). */
  default void operation(Route route, Operation operation, OpenApiContext context) {}

  /** Adjusts the whole document once every operation is built (before maps are sorted). */
  default void document(OpenAPI document, OpenApiContext context) {}
}

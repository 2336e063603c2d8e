package io.brisk.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;

/**
 * What a {@link OpenApiCustomizer} may use while the document is built: the version and the
 * schema resolution that registers component schemas.
 *
 * <p>Valid only during the customizer call that receives it.
 */
public interface OpenApiContext {
  /** The version of the document being built. */
  OpenApiVersion version();

  /**
   * The schema of a Java type (generics included), registering the components it needs;
   * a {@code $ref} for records, classes and enums. The components are output schemas: where a
   * record's input and output shapes differ, the reference is to its {@code -Output} schema.
   */
  Schema<?> schema(Type type);
}

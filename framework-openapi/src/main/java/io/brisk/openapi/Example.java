package io.brisk.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example value for generated documentation, on a handler parameter or a record component of
 * a query or header group.
 *
 * <p>For a path, query, header or cookie value, write it as it is sent ({@code "42"},
 * {@code "red"}); it is typed by the parameter's schema. For a body, write JSON
 * ({@code "{\"name\": \"Hammer\", \"price\": 9.5}"}). For properties of body records, use
 * swagger's {@code @Schema(example = ...)}, which the schema resolution reads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Example {
  /** The example, as sent (values) or as JSON (bodies). */
  String value();
}

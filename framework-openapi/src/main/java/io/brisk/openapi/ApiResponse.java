package io.brisk.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a response that the route model cannot see, for example the 404 a handler throws.
 *
 * <pre>{@code
 * @Get("/{itemId}")
 * @ApiResponse(status = 404, description = "No item has this id")
 * public Item read(long itemId) { ... }
 * }</pre>
 *
 * <p>Without a {@link #type()}, an error status (4xx, 5xx) is documented with the problem-details
 * schema ({@code application/problem+json}) that {@code HttpException} produces, and any other
 * status with no content. The same status as the route's success status replaces the generated
 * success response.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiResponse.List.class)
public @interface ApiResponse {
  /** The HTTP status code. */
  int status();

  /** What the response means; empty gives the status's reason phrase. */
  String description() default "";

  /** The body type, generics erased; {@code void.class} means the default described above. */
  Class<?> type() default void.class;

  /** The body's media type; empty means JSON (problem JSON for errors). */
  String mediaType() default "";

  /** Headers of this response. */
  ResponseHeader[] headers() default {};

  /** Holds repeated {@link ApiResponse} annotations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The responses. */
    ApiResponse[] value();
  }
}

package io.brisk.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a header of the success response (on a handler method) or of an {@link ApiResponse}.
 *
 * <pre>{@code
 * @Get("/export")
 * @ResponseHeader(name = "X-Total-Count", description = "How many items match", type = long.class)
 * public List<Item> export(ResponseHeaders headers) { ... }
 * }</pre>
 *
 * <p>A {@code Location} header is documented without it for 201 and 3xx routes that return a
 * {@code Response}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ResponseHeader.List.class)
public @interface ResponseHeader {
  /** The header name, for example {@code "X-Rate-Limit"}. */
  String name();

  /** What the header says. */
  String description() default "";

  /** The value's type (its schema), {@code String} by default. */
  Class<?> type() default String.class;

  /** Whether every response carries it. */
  boolean required() default false;

  /** Holds repeated {@link ResponseHeader} annotations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** The headers. */
    ResponseHeader[] value();
  }
}

package io.brisk.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error {@code type} a custom constraint reports, instead of {@code value_error}; put it on
 * the constraint's annotation type.
 *
 * <pre>{@code
 * @Constraint(validatedBy = SkuValidator.class)
 * @ErrorType("sku_invalid")
 * public @interface Sku { String message() default "must be a stock-keeping unit such as AB-1234"; ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface ErrorType {
  /** The stable machine code, in snake case. */
  String value();
}

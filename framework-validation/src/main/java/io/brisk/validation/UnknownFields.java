package io.brisk.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unknown-field policy of one body type, overriding the app's
 * ({@link ValidationPlugin#unknownFields}). It applies to objects of this type only, not to the
 * records nested in it.
 *
 * <pre>{@code
 * @UnknownFields(UnknownFieldPolicy.FORBID)
 * public record Transfer(String from, String to, BigDecimal amount) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnknownFields {
  /** The policy for this type. */
  UnknownFieldPolicy value();
}

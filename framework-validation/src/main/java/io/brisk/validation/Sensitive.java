package io.brisk.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an input whose value must never be echoed in an error: a parameter, a record component or
 * a field (and everything below it). Its errors, conversion failures included, keep their
 * {@code loc}, {@code msg}, {@code type} and {@code ctx} but carry no {@code input}.
 *
 * <pre>{@code
 * public record SignUp(@NotBlank String user, @Sensitive @Size(min = 12) String password) {}
 * }</pre>
 *
 * <p>A custom constraint message that quotes {@code ${validatedValue}} is the message's own
 * choice and is not rewritten.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Sensitive {}

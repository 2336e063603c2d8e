package io.brisk.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Bean Validation groups a handler's inputs are checked in, instead of
 * {@link jakarta.validation.groups.Default}; on a method, or on a class for all its handlers (the
 * method's wins). A {@link jakarta.validation.GroupSequence} works as Bean Validation defines it.
 *
 * <pre>{@code
 * @Post @ValidationGroups(OnCreate.class)
 * public Item create(ItemIn item) { ... }
 * }</pre>
 *
 * <p>For one parameter only, Bean Validation's own {@code @Valid @ConvertGroup(to = OnCreate.class)}
 * works too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ValidationGroups {
  /** The groups, validated as {@code Validator.validate(value, groups)} would. */
  Class<?>[] value();
}

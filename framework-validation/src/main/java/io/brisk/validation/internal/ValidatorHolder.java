package io.brisk.validation.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * The validator and the parameter-validation entry point of one Hibernate Validator factory.
 *
 * <p>The default factory is bootstrapped once per JVM, on first use, and shared by every app:
 * bootstrapping is the expensive part, and the factory holds no per-app state (messages in
 * English, no fail-fast, constraints on an {@code Optional} applying to its value). Thread-safe.
 */
public final class ValidatorHolder {
  private final Validator validator;
  private final ExecutableBridge bridge;

  private ValidatorHolder(Validator validator, ExecutableBridge bridge) {
    this.validator = validator;
    this.bridge = bridge;
  }

  /** The shared default. */
  public static ValidatorHolder shared() {
    return Shared.INSTANCE;
  }

  /** A holder over an app's own factory (it must be Hibernate Validator's). */
  public static ValidatorHolder of(ValidatorFactory factory) {
    HibernateValidatorFactory hibernate;
    try {
      hibernate = factory.unwrap(HibernateValidatorFactory.class);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("framework-validation needs a Hibernate Validator factory, not "
          + factory.getClass().getName(), e);
    }
    Validator v = hibernate.getValidator();
    return new ValidatorHolder(v, ExecutableBridge.of(v));
  }

  /** The validator. */
  public Validator validator() {
    return validator;
  }

  /** The entry point for method parameters and return values. */
  public ExecutableBridge bridge() {
    return bridge;
  }

  /** Lazy, thread-safe initialisation of the default factory. */
  private static final class Shared {
    static final ValidatorHolder INSTANCE = of(Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(Locale.ENGLISH)
        .locales(Locale.ENGLISH)
        .addValueExtractor(new OptionalUnwrapper())
        .buildValidatorFactory());
  }
}

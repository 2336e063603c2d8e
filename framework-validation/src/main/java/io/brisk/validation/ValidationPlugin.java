package io.brisk.validation;

import io.brisk.Brisk;
import io.brisk.internal.StartupTasks;
import io.brisk.spi.BriskPlugin;
import io.brisk.validation.internal.RouteValidators;
import io.brisk.validation.internal.UnknownFieldsHandler;
import io.brisk.validation.internal.ValidatorHolder;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;

/**
 * Checks Jakarta Validation constraints on every route's inputs before its handler runs, and
 * answers the problems as one 422 (with any conversion errors of the same request).
 *
 * <p>Found on the classpath and installed with its defaults; to configure it, add one in code,
 * which replaces the discovered one:
 *
 * <pre>{@code
 * Brisk.create()
 *     .plugin(new ValidationPlugin().unknownFields(UnknownFieldPolicy.FORBID).validateResponses(true))
 *     .include(new ItemsApi());
 * }</pre>
 *
 * <p>Configure it from one thread before the app starts. The validators it makes are thread-safe.
 */
public final class ValidationPlugin implements BriskPlugin {
  private UnknownFieldPolicy unknownFields;
  private boolean validateResponses;
  private ValidatorFactory factory;

  /**
   * A plugin with the defaults: unknown fields as the app's JSON mapper says (ignored, unless
   * Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} is on), responses not validated.
   */
  public ValidationPlugin() {}

  /**
   * What JSON bodies may do with undeclared fields, whatever the JSON mapper's own setting; a type's
   * {@link UnknownFields} still wins. Without this call, the mapper decides (it ignores them).
   */
  public ValidationPlugin unknownFields(UnknownFieldPolicy policy) {
    this.unknownFields = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Whether what handlers return is validated too (default off): a violation is a bug of the
   * handler, answered 500 and logged with the route ({@link ResponseValidationException}).
   */
  public ValidationPlugin validateResponses(boolean on) {
    this.validateResponses = on;
    return this;
  }

  /**
   * Uses the app's own Hibernate Validator factory (for example one whose constraint validators
   * are built by a DI container) instead of Brisk's shared default one.
   */
  public ValidationPlugin validatorFactory(ValidatorFactory validatorFactory) {
    this.factory = Objects.requireNonNull(validatorFactory, "validatorFactory");
    return this;
  }

  @Override
  public void install(Brisk app) {
    // The shared factory's bootstrap is the costly part: on a second core it overlaps the JSON
    // mapper and the route compilation, and is joined when the first route's validator is planned.
    RouteValidators validators = factory == null
        ? new RouteValidators(StartupTasks.of(app).fork("brisk-validator", ValidatorHolder::shared), validateResponses)
        : new RouteValidators(ValidatorHolder.of(factory), validateResponses);
    // The mapper exists before the route model is built; its naming gives the fields' JSON names.
    app.configureJson(mapper -> {
      mapper.addHandler(new UnknownFieldsHandler(unknownFields));
      validators.useMapper(mapper);
    });
    app.validator(validators);
  }
}

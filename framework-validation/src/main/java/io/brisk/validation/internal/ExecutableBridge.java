package io.brisk.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Validates a handler's parameters (and return value) without the handler object.
 *
 * <p>Jakarta's {@code ExecutableValidator} asks for the object whose method is called, only to
 * find its class; the route model knows the method but not the object (and a dependency's
 * provider is not even in the model). Hibernate Validator's engine has the very same operation
 * taking the class from the method when the object is {@code null} (that is how it validates
 * constructor parameters): this class calls it, through method handles found once at start-up.
 * On the module path, Hibernate Validator must open {@code org.hibernate.validator.internal.engine}
 * to this module for that.
 */
public final class ExecutableBridge {
  private static final MethodType SIGNATURE_PARAMETERS =
      MethodType.methodType(Set.class, Object.class, Executable.class, Object[].class, Class[].class);
  private static final MethodType SIGNATURE_RETURN =
      MethodType.methodType(Set.class, Object.class, Executable.class, Object.class, Class[].class);

  private final MethodHandle parameters;
  private final MethodHandle returnValue;
  private final String problem;

  private ExecutableBridge(MethodHandle parameters, MethodHandle returnValue, String problem) {
    this.parameters = parameters;
    this.returnValue = returnValue;
    this.problem = problem;
  }

  static ExecutableBridge of(Validator validator) {
    Class<?> engine = validator.getClass();
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(engine, MethodHandles.lookup());
      MethodHandle p = lookup.findVirtual(engine, "validateParameters", SIGNATURE_PARAMETERS).bindTo(validator);
      MethodHandle r = lookup.findVirtual(engine, "validateReturnValue", SIGNATURE_RETURN).bindTo(validator);
      return new ExecutableBridge(p, r, null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Reported when a route needs it, so that apps without constrained parameters still start.
      return new ExecutableBridge(null, null, "cannot validate method parameters with " + engine.getName()
          + " (" + e + "); framework-validation needs Hibernate Validator 9, whose package"
          + " org.hibernate.validator.internal.engine is open to it (on the module path:"
          + " --add-opens org.hibernate.validator/org.hibernate.validator.internal.engine=io.brisk.validation)");
    }
  }

  /** Fails, naming the cause, when parameters cannot be validated with this validator. */
  void checkUsable(String where) {
    if (problem != null) {
      throw new IllegalStateException(where + ": " + problem);
    }
  }

  /** The violations of the parameters of a method, in groups. */
  @SuppressWarnings("unchecked")
  Set<ConstraintViolation<Object>> validateParameters(Method method, Object[] args, Class<?>[] groups) {
    try {
      return (Set<ConstraintViolation<Object>>) parameters.invokeExact((Object) null, (Executable) method, args, groups);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** The violations of a method's return value, in groups. */
  @SuppressWarnings("unchecked")
  Set<ConstraintViolation<Object>> validateReturnValue(Method method, Object value, Class<?>[] groups) {
    try {
      return (Set<ConstraintViolation<Object>>) returnValue.invokeExact((Object) null, (Executable) method, value, groups);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}

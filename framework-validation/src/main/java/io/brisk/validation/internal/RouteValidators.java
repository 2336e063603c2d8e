package io.brisk.validation.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.brisk.ParamSource;
import io.brisk.Route;
import io.brisk.RouteParameter;
import io.brisk.spi.ArgumentsValidator;
import io.brisk.spi.ValidatorProvider;
import io.brisk.validation.Sensitive;
import io.brisk.validation.ValidationGroups;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.MethodDescriptor;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plans each route's validation at start-up, from Hibernate Validator's metadata: method
 * validation when a parameter (or a container element of one) carries a constraint or
 * {@code @Valid}; bean validation of the body and of grouped records, implied (no {@code @Valid}
 * needed) when their type is constrained; redaction when something is {@link Sensitive}; the
 * response when asked. A route with none of these gets no validator, so it pays nothing.
 */
public final class RouteValidators implements ValidatorProvider {
  private static final Class<?>[] DEFAULT_GROUP = new Class<?>[0];

  private final Supplier<ValidatorHolder> source;
  private final boolean responses;
  private volatile Ready ready;
  private volatile ObjectMapper mapper;

  /** The validator and its fast checks, once the factory is there. */
  private record Ready(ValidatorHolder holder, FastChecks fastChecks) {}

  /** A planner over a validator; {@code responses} turns response validation on. */
  public RouteValidators(ValidatorHolder holder, boolean responses) {
    this(() -> holder, responses);
  }

  /**
   * A planner over a validator still being bootstrapped (on another core): the supplier is asked
   * once, when the first route is planned, and throws the bootstrap's failure if it failed.
   */
  public RouteValidators(Supplier<ValidatorHolder> holder, boolean responses) {
    this.source = holder;
    this.responses = responses;
  }

  private Ready ready() {
    Ready r = ready;
    if (r == null) {
      ValidatorHolder holder = source.get();
      r = new Ready(holder, new FastChecks(holder.validator()));
      ready = r;
    }
    return r;
  }

  /** The app's JSON mapper, whose naming gives the properties' names in {@code loc}. */
  public void useMapper(ObjectMapper appMapper) {
    this.mapper = appMapper;
  }

  @Override
  public Optional<ArgumentsValidator> validatorFor(Route route) {
    Ready r = ready(); // a bootstrap failure is thrown as it is, like the serial bootstrap's
    try {
      return plan(route, r.holder(), r.fastChecks());
    } catch (ValidationException e) {
      throw new IllegalStateException(route + ": its constraints cannot be used: " + e.getMessage(), e);
    }
  }

  /** Checks an object's constraints (settings records): {@code loc} is the property path, no input. */
  @Override
  public List<io.brisk.ValidationError> validateObject(Object value) {
    List<io.brisk.ValidationError> out = new ArrayList<>();
    for (jakarta.validation.ConstraintViolation<Object> v : ready().holder().validator().validate(value)) {
      ConstraintErrors.Described d = ConstraintErrors.describe(v);
      List<Object> loc = new ArrayList<>();
      for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
        if (node.getName() != null) {
          loc.add(node.getName());
        }
      }
      out.add(new io.brisk.ValidationError(loc, d.msg(), d.type(), null, d.ctx()));
    }
    out.sort(java.util.Comparator.comparing(e -> e.loc().toString()));
    return out;
  }

  private Optional<ArgumentsValidator> plan(Route route, ValidatorHolder holder, FastChecks fastChecks) {
    Method method = route.handlerMethod();
    Validator validator = holder.validator();
    ObjectMapper json = mapper != null ? mapper : new ObjectMapper();
    TypeFactory types = json.getTypeFactory();
    MethodDescriptor described = validator.getConstraintsForClass(method.getDeclaringClass())
        .getConstraintsForMethod(method.getName(), method.getParameterTypes());
    // Hibernate Validator does not count Map<K, @Valid V> as a constrained parameter, yet cascades
    // into it when asked: a parameter that says @Valid (on itself or a type argument) always goes
    // through method validation, or it would not be validated at all.
    java.util.Set<Integer> cascading = new java.util.HashSet<>();
    for (RouteParameter p : route.parameters()) {
      if (p.source() != ParamSource.CONTEXT && p.source() != ParamSource.DEPENDENCY && hasValid(p)) {
        cascading.add(p.index());
      }
    }
    boolean parameters = described != null && described.hasConstrainedParameters() || !cascading.isEmpty();

    List<RouteValidator.Input> inputs = new ArrayList<>();
    boolean redacts = false;
    for (RouteParameter p : route.parameters()) {
      if (p.source() == ParamSource.CONTEXT || p.source() == ParamSource.DEPENDENCY) {
        continue; // a dependency's own inputs are checked by its provider's validator
      }
      boolean sensitive = p.element().isAnnotationPresent(Sensitive.class);
      RouteValidator.Input input;
      if (!p.members().isEmpty()) {
        List<FieldTree.Child> members = new ArrayList<>();
        List<String> javaNames = new ArrayList<>();
        for (RouteParameter m : p.members()) {
          boolean hidden = sensitive || m.element().isAnnotationPresent(Sensitive.class);
          members.add(new FieldTree.Child(m.name(), m.index(), hidden, FieldTree.of(types.constructType(m.type()), json)));
          javaNames.add(m.javaName());
        }
        input = new RouteValidator.Input(p.index(), List.of(p.source().locName()), FieldTree.group(members, javaNames),
            false, implied(validator, p, types.constructType(p.type())));
      } else {
        JavaType type = types.constructType(p.type());
        List<Object> prefix = p.source() == ParamSource.BODY ? List.of("body") : List.of(p.source().locName(), p.name());
        input = new RouteValidator.Input(p.index(), prefix, FieldTree.of(type, json), sensitive,
            p.source() == ParamSource.BODY ? implied(validator, p, type) : null);
      }
      redacts |= input.sensitive() || input.tree().hasSensitive();
      inputs.add(input);
    }

    ResponseCheck response = null;
    if (responses && route.responseType() != void.class && route.responseType() != Void.class) {
      JavaType type = types.constructType(route.responseType());
      boolean returnValue = described != null && described.hasConstrainedReturnValue();
      BeanShape bean = type.getRawClass() == Object.class ? BeanShape.BEAN : shape(validator, type);
      if (returnValue || bean != null) {
        response = new ResponseCheck(FieldTree.of(type, json), returnValue, bean);
      }
    }

    boolean beans = inputs.stream().anyMatch(i -> i.bean() != null);
    if (!parameters && !beans && !redacts && response == null) {
      return Optional.empty();
    }
    if (parameters || (response != null && response.returnValue())) {
      holder.bridge().checkUsable(route.toString());
    }
    inputs.removeIf(i -> i.bean() == null && !parameters && !i.sensitive() && !i.tree().hasSensitive());
    Class<?>[] groups = groups(method);
    FastPath fast = groups.length == 0
        ? FastPath.plan(fastChecks, described, parameters, cascading,
            inputs.stream().filter(i -> i.bean() != null).toList())
        : null;
    return Optional.of(new RouteValidator(route.toString(), validator, holder.bridge(), method, groups,
        parameters, inputs, redacts, response, fast));
  }

  /** How an input without {@code @Valid} is validated as a bean, or {@code null} when it needs not be. */
  private static BeanShape implied(Validator validator, RouteParameter p, JavaType type) {
    return hasValid(p) ? null : shape(validator, type);
  }

  private static BeanShape shape(Validator validator, JavaType type) {
    if (type.isContainerType()) {
      return isConstrained(validator, type.getContentType().getRawClass()) ? BeanShape.ELEMENTS : null;
    }
    if (type.isReferenceType()) {
      return null;
    }
    return isConstrained(validator, type.getRawClass()) ? BeanShape.BEAN : null;
  }

  private static boolean isConstrained(Validator validator, Class<?> type) {
    return !type.isPrimitive() && !type.isArray() && !type.getName().startsWith("java.")
        && validator.getConstraintsForClass(type).isBeanConstrained();
  }

  /** Whether the parameter cascades by itself ({@code @Valid} on it or on a type argument). */
  private static boolean hasValid(RouteParameter p) {
    if (p.element().isAnnotationPresent(Valid.class)) {
      return true;
    }
    if (p.annotatedType() instanceof AnnotatedParameterizedType generic) {
      for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
        if (argument.isAnnotationPresent(Valid.class)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Class<?>[] groups(Method method) {
    ValidationGroups own = method.getAnnotation(ValidationGroups.class);
    if (own == null) {
      own = method.getDeclaringClass().getAnnotation(ValidationGroups.class);
    }
    return own == null ? DEFAULT_GROUP : own.value().clone();
  }
}

package io.brisk.validation.internal;

import io.brisk.Response;
import io.brisk.ValidationError;
import io.brisk.spi.ArgumentsValidator;
import io.brisk.validation.ResponseValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator of one route, planned at start-up by {@link RouteValidators}: which parameters go
 * through method validation, which bodies (and grouped records) are validated as beans, which
 * locations are redacted, and whether the response is checked.
 *
 * <p>Immutable; called by many request threads at once.
 */
final class RouteValidator implements ArgumentsValidator {
  /**
   * One input, as errors locate it.
   *
   * @param index the handler parameter's position
   * @param prefix the start of its errors' {@code loc}: {@code ["query", "limit"]}, {@code ["body"]},
   *     or {@code ["query"]} for a record grouping query values
   * @param tree its type's shape
   * @param sensitive whether the whole input is {@code @Sensitive}
   * @param bean how it is validated as a bean when it does not say {@code @Valid}, or {@code null}
   */
  record Input(int index, List<Object> prefix, FieldTree tree, boolean sensitive, BeanShape bean) {}

  /** Where a cross-parameter constraint's error is located. */
  private static final List<Object> CROSS_PARAMETER = List.of("request");

  private final String route;
  private final Validator validator;
  private final ExecutableBridge bridge;
  private final Method method;
  private final Class<?>[] groups;
  private final boolean parameters;
  private final Input[] inputs;
  private final Input[] beans;
  private final boolean redacts;
  private final ResponseCheck response;
  private final FastPath fast;

  RouteValidator(String route, Validator validator, ExecutableBridge bridge, Method method, Class<?>[] groups,
      boolean parameters, List<Input> inputs, boolean redacts, ResponseCheck response, FastPath fast) {
    this.route = route;
    this.validator = validator;
    this.bridge = bridge;
    this.method = method;
    this.groups = groups;
    this.parameters = parameters;
    this.inputs = inputs.toArray(Input[]::new);
    this.beans = inputs.stream().filter(i -> i.bean() != null).toArray(Input[]::new);
    this.redacts = redacts;
    this.response = response;
    this.fast = fast;
  }

  @Override
  public void validate(Object[] args, boolean[] bound, List<ValidationError> errors) {
    if (fast != null && fast.provesValid(args, bound)) {
      if (redacts) {
        redact(errors); // conversion errors of other inputs may still show a sensitive input
      }
      return;
    }
    List<Located> found = null;
    if (parameters) {
      for (ConstraintViolation<Object> v : bridge.validateParameters(method, args, groups)) {
        int index = parameterIndex(v.getPropertyPath());
        if (index < 0) {
          // A cross-parameter constraint: about the request as a whole; its input (every
          // argument) is not shown.
          Located l = Located.of(Integer.MAX_VALUE, v, CROSS_PARAMETER, FieldTree.LEAF);
          ValidationError e = l.error();
          found = add(found, new Located(l.parameter(), l.position(),
              new ValidationError(e.loc(), e.msg(), e.type(), null, e.ctx())));
          continue;
        }
        Input input = inputAt(index);
        if (input != null && bound[index]) {
          found = add(found, Located.of(index, v, input.prefix(), input.tree()));
        }
      }
    }
    for (Input input : beans) {
      Object value = args[input.index()];
      if (value != null && bound[input.index()]) {
        found = validateBean(input.index(), value, input.bean(), input.prefix(), input.tree(), found);
      }
    }
    if (found != null) {
      addSorted(found, errors);
    }
    if (redacts) {
      redact(errors);
    }
  }

  /** Checks what the handler returned; throws {@link ResponseValidationException} when it is invalid. */
  @Override
  public void validateResponse(Object result) {
    if (response == null) {
      return;
    }
    List<Located> found = null;
    if (response.returnValue()) {
      for (ConstraintViolation<Object> v : bridge.validateReturnValue(method, result, groups)) {
        found = add(found, Located.of(0, v, ResponseCheck.PREFIX, response.tree()));
      }
    }
    Object body = result instanceof Response<?> r ? r.body() : result;
    if (body != null && response.bean() != null) {
      found = validateBean(0, body, response.bean(), ResponseCheck.PREFIX, response.tree(), found);
    }
    if (found != null) {
      List<ValidationError> errors = new ArrayList<>();
      addSorted(found, errors);
      for (int i = 0; i < errors.size(); i++) {
        ValidationError e = errors.get(i);
        if (response.tree().isSensitive(e.loc(), 1)) {
          errors.set(i, new ValidationError(e.loc(), e.msg(), e.type(), null, e.ctx()));
        }
      }
      throw new ResponseValidationException(route, errors);
    }
  }

  private List<Located> validateBean(int parameter, Object value, BeanShape shape, List<Object> prefix, FieldTree tree,
      List<Located> found) {
    switch (shape) {
      case BEAN -> {
        for (ConstraintViolation<Object> v : validator.validate(value, groups)) {
          found = add(found, Located.of(parameter, v, prefix, tree));
        }
      }
      case ELEMENTS -> {
        FieldTree items = tree.items() == null ? FieldTree.LEAF : tree.items();
        if (value instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            found = validateElement(parameter, list.get(i), i, prefix, items, found);
          }
        } else if (value instanceof Map<?, ?> map) {
          for (Map.Entry<?, ?> e : map.entrySet()) {
            found = validateElement(parameter, e.getValue(), String.valueOf(e.getKey()), prefix, items, found);
          }
        } else if (value instanceof Iterable<?> iterable) {
          for (Object item : iterable) {
            found = validateElement(parameter, item, null, prefix, items, found);
          }
        } else if (value instanceof Object[] array) {
          for (int i = 0; i < array.length; i++) {
            found = validateElement(parameter, array[i], i, prefix, items, found);
          }
        }
      }
    }
    return found;
  }

  private List<Located> validateElement(int parameter, Object item, Object key, List<Object> prefix, FieldTree tree,
      List<Located> found) {
    if (item == null) {
      return found;
    }
    List<Object> at = prefix;
    if (key != null) {
      at = new ArrayList<>(prefix);
      at.add(key);
    }
    for (ConstraintViolation<Object> v : validator.validate(item, groups)) {
      found = add(found, Located.of(parameter, v, at, tree));
    }
    return found;
  }

  /** The parameter a method-validation path is about, or -1 for a cross-parameter constraint. */
  private static int parameterIndex(Path path) {
    for (Path.Node n : path) {
      if (n.getKind() == ElementKind.PARAMETER) {
        return n.as(Path.ParameterNode.class).getParameterIndex();
      }
    }
    return -1;
  }

  /** The input of a parameter, or {@code null} for one not checked here (context, dependency). */
  private Input inputAt(int index) {
    for (Input input : inputs) {
      if (input.index() == index) {
        return input;
      }
    }
    return null;
  }

  /** Drops the {@code input} of every error (conversion errors included) at a sensitive location. */
  private void redact(List<ValidationError> errors) {
    for (int i = 0; i < errors.size(); i++) {
      ValidationError e = errors.get(i);
      if (e.input() != null && isSensitive(e.loc())) {
        errors.set(i, new ValidationError(e.loc(), e.msg(), e.type(), null, e.ctx()));
      }
    }
  }

  private boolean isSensitive(List<Object> loc) {
    for (Input input : inputs) {
      List<Object> prefix = input.prefix();
      if (loc.size() >= prefix.size() && loc.subList(0, prefix.size()).equals(prefix)
          && (input.sensitive() || input.tree().isSensitive(loc, prefix.size()))) {
        return true;
      }
    }
    return false;
  }

  private static List<Located> add(List<Located> found, Located located) {
    List<Located> out = found == null ? new ArrayList<>(4) : found;
    out.add(located);
    return out;
  }

  /** Appends in a stable order, once per location and type (two paths to one rule report it once). */
  private static void addSorted(List<Located> found, List<ValidationError> errors) {
    found.sort(Located.ORDER);
    Set<List<Object>> seen = new HashSet<>();
    for (Located l : found) {
      if (seen.add(List.of(l.error().loc(), l.error().type(), l.error().msg()))) {
        errors.add(l.error());
      }
    }
  }

  @Override
  public String toString() {
    return "validator of " + route;
  }
}

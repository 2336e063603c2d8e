package io.brisk.internal.binding;

import io.brisk.ParamSource;
import io.brisk.ValidationError;
import io.brisk.internal.http.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a path variable, query value, header or cookie: fetches the text, applies the default,
 * converts, and wraps it as the parameter's {@link ValueShape} asks.
 */
public final class ValueBinder implements ArgumentBinder {
  private final ParamSource source;
  private final String name;
  private final int pathIndex;
  private final Converter converter;
  private final ValueShape shape;
  private final String defaultValue;
  private final List<Object> loc;

  /**
   * A binder.
   *
   * @param pathIndex for a path variable, its position in the template; else ignored
   * @param defaultValue the text used when absent, or {@code null}
   * @param locPrefix what goes before the name in an error's {@code loc}
   */
  public ValueBinder(
      ParamSource source,
      String name,
      int pathIndex,
      Converter converter,
      ValueShape shape,
      String defaultValue,
      List<Object> locPrefix) {
    this.source = source;
    this.name = name;
    this.pathIndex = pathIndex;
    this.converter = converter;
    this.shape = shape;
    this.defaultValue = defaultValue;
    List<Object> l = new ArrayList<>(locPrefix);
    l.add(name);
    this.loc = List.copyOf(l);
  }

  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    return switch (shape) {
      case SINGLE, OPTIONAL -> bindOne(exchange, errors);
      case LIST, SET -> bindMany(exchange, errors);
    };
  }

  private Object bindOne(Exchange exchange, List<ValidationError> errors) {
    String text = first(exchange);
    if (text == null) {
      text = defaultValue;
    }
    if (text == null) {
      if (shape == ValueShape.OPTIONAL) {
        return Optional.empty();
      }
      errors.add(ValidationError.of(loc, "Field required", "missing", null));
      return FAILED;
    }
    Object value = convert(text, loc, errors);
    if (value == FAILED) {
      return FAILED;
    }
    return shape == ValueShape.OPTIONAL ? Optional.of(value) : value;
  }

  private Object bindMany(Exchange exchange, List<ValidationError> errors) {
    List<String> texts = all(exchange);
    if (texts.isEmpty() && defaultValue != null) {
      texts = List.of(defaultValue.split(",", -1));
    }
    List<Object> values = new ArrayList<>(texts.size());
    boolean failed = false;
    for (int i = 0; i < texts.size(); i++) {
      List<Object> itemLoc = new ArrayList<>(loc);
      itemLoc.add(i);
      Object v = convert(texts.get(i), itemLoc, errors);
      failed |= v == FAILED;
      values.add(v);
    }
    if (failed) {
      return FAILED;
    }
    if (shape == ValueShape.LIST) {
      return List.copyOf(values);
    }
    Set<Object> set = new LinkedHashSet<>(values);
    if (set.size() != values.size()) {
      errors.add(ValidationError.of(loc, "Set should have unique items", "set_not_unique", texts));
      return FAILED;
    }
    return Set.copyOf(set);
  }

  private Object convert(String text, List<Object> at, List<ValidationError> errors) {
    try {
      return converter.function().apply(text);
    } catch (RuntimeException e) {
      String msg = converter.message() != null
          ? converter.message()
          : "Value error, " + (e.getMessage() == null ? "invalid value" : e.getMessage());
      errors.add(new ValidationError(at, msg, converter.errorType(), text, converter.ctx()));
      return FAILED;
    }
  }

  private String first(Exchange exchange) {
    return switch (source) {
      case PATH -> pathIndex >= 0 ? exchange.pathValue(pathIndex) : exchange.pathValue(name);
      case QUERY -> {
        List<String> v = exchange.queryValues(name);
        yield v.isEmpty() ? null : v.get(0);
      }
      case HEADER -> exchange.headerValue(name);
      case FORM -> {
        List<String> v = exchange.formValues(name);
        yield v.isEmpty() ? null : v.get(0);
      }
      case COOKIE -> exchange.cookieValue(name);
      default -> throw new IllegalStateException(source + " is not a text source");
    };
  }

  private List<String> all(Exchange exchange) {
    return switch (source) {
      case QUERY -> exchange.queryValues(name);
      case HEADER -> exchange.headerValues(name);
      case FORM -> exchange.formValues(name);
      default -> {
        String one = first(exchange);
        yield one == null ? List.of() : List.of(one);
      }
    };
  }

  @Override
  public String toString() {
    return source + " " + name + " " + shape;
  }
}

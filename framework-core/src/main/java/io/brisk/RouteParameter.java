package io.brisk;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * One input of a route, as worked out at start-up: what binding, validation and documentation read.
 *
 * <p>A record used as a group of query or header values is one parameter whose {@link #members()}
 * are its components.
 */
public final class RouteParameter {
  private final String name;
  private final String javaName;
  private final ParamSource source;
  private final AnnotatedType annotatedType;
  private final AnnotatedElement element;
  private final boolean required;
  private final String defaultValue;
  private final String description;
  private final int index;
  private final List<RouteParameter> members;
  private final Type type;

  /** Creates a parameter description; Brisk builds these, users read them. */
  public RouteParameter(
      String name,
      String javaName,
      ParamSource source,
      AnnotatedType annotatedType,
      AnnotatedElement element,
      boolean required,
      String defaultValue,
      String description,
      int index,
      List<RouteParameter> members) {
    this.name = name;
    this.javaName = javaName;
    this.source = source;
    this.annotatedType = annotatedType;
    this.element = element;
    this.required = required;
    this.defaultValue = defaultValue;
    this.description = description == null ? "" : description;
    this.index = index;
    this.members = List.copyOf(members);
    this.type = annotatedType.getType();
  }

  /**
   * Creates a parameter description whose type differs from its annotated type (a dependency
   * declared by class rather than by a parameter); Brisk builds these, users read them.
   */
  public RouteParameter(
      String name,
      ParamSource source,
      Type type,
      AnnotatedType annotatedType,
      AnnotatedElement element,
      List<RouteParameter> members) {
    this.name = name;
    this.javaName = name;
    this.source = source;
    this.annotatedType = annotatedType;
    this.element = element;
    this.required = false;
    this.defaultValue = null;
    this.description = "";
    this.index = -1;
    this.members = List.copyOf(members);
    this.type = type;
  }

  /** The name on the wire (the alias when one is given); for a body, {@code "body"}. */
  public String name() {
    return name;
  }

  /** The Java parameter or record component name. */
  public String javaName() {
    return javaName;
  }

  /** Where the value comes from. */
  public ParamSource source() {
    return source;
  }

  /** The declared type, generics included ({@code Optional<List<Integer>>}). */
  public Type type() {
    return type;
  }

  /** The declared type with its type-use annotations (constraints on container elements). */
  public AnnotatedType annotatedType() {
    return annotatedType;
  }

  /** The Java parameter or record component, for reading its annotations. */
  public AnnotatedElement element() {
    return element;
  }

  /** Whether a request without this value is rejected (no default, not {@code Optional}). */
  public boolean required() {
    return required;
  }

  /** The default applied when the value is absent. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The description for generated documentation; empty when none. */
  public String description() {
    return description;
  }

  /** The position among the handler method's parameters (for members: among the record's components). */
  public int index() {
    return index;
  }

  /** The components of a record grouping query or header values; empty otherwise. */
  public List<RouteParameter> members() {
    return members;
  }

  @Override
  public String toString() {
    return source.locName() + " " + name + ": " + type().getTypeName();
  }
}

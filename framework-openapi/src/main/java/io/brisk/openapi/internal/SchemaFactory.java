package io.brisk.openapi.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.brisk.RouteParameter;
import io.brisk.openapi.OpenApiContext;
import io.brisk.openapi.OpenApiVersion;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Schemas of Java types through swagger-core's {@link ModelConverters}, collecting the component
 * schemas they reference. One instance builds one document.
 */
final class SchemaFactory implements OpenApiContext {
  /** The suffixes of a component's two shapes when they differ. */
  static final String INPUT_SUFFIX = "-Input";
  static final String OUTPUT_SUFFIX = "-Output";

  private final OpenApiVersion version;
  private final boolean v31;
  private final ObjectMapper mapper;
  private final SchemaNames names;
  private final BriskModelResolver resolver;
  private final ModelConverters converters;
  /** The components as request bodies and parameters use them, as responses do, and as written by hand. */
  private final Map<String, Schema<?>> inputs = new TreeMap<>();
  private final Map<String, Schema<?>> outputs = new TreeMap<>();
  private final Map<String, Schema<?>> written = new TreeMap<>();
  /** The schemas handed out for operations, with the direction they were asked for. */
  private final List<Use> uses = new ArrayList<>();
  private Map<String, Schema<?>> components;

  /** Which way a schema's data travels: its shape may differ (see {@link #components()}). */
  enum Mode { INPUT, OUTPUT }

  private record Use(Schema<?> schema, Mode mode) {}

  static {
    // Enums are components (one shared type in generated clients, not one copy per property).
    // swagger-core only offers this switch process-wide; the module is its one user in an app.
    io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
  }

  SchemaFactory(OpenApiVersion version, ObjectMapper appMapper, Set<Class<?>> qualified, Set<String> reserved) {
    this.version = version;
    this.v31 = version == OpenApiVersion.V3_1;
    // The resolver registers swagger's annotation introspector on its mapper: give it a copy.
    this.mapper = appMapper.copy();
    this.names = new SchemaNames(qualified, reserved);
    this.resolver = new BriskModelResolver(mapper, names, v31);
    this.converters = new ModelConverters(v31);
    for (ModelConverter c : List.copyOf(converters.getConverters())) {
      converters.removeConverter(c);
    }
    converters.addConverter(resolver);
    // The app's own swagger converters (ServiceLoader) go first, as swagger's own setup does.
    for (ModelConverter c : ServiceLoader.load(ModelConverter.class)) {
      converters.addConverter(c);
    }
  }

  @Override
  public OpenApiVersion version() {
    return version;
  }

  boolean v31() {
    return v31;
  }

  /** The schema of a type as a response carries it (customizers' schemas count as output). */
  @Override
  public Schema<?> schema(Type type) {
    return schema(type, new Annotation[0], Mode.OUTPUT);
  }

  /** The schema of a request body's type with the annotations of its declaration (constraints, swagger's). */
  Schema<?> inputSchema(Type type, Annotation[] annotations) {
    return schema(type, annotations, Mode.INPUT);
  }

  /**
   * The schema of a type travelling one way. Every call resolves afresh, so the components of
   * each direction are objects of their own, corrected for it in {@link #components()}.
   */
  private Schema<?> schema(Type type, Annotation[] annotations, Mode mode) {
    ResolvedSchema rs = converters.resolveAsResolvedSchema(
        new AnnotatedType(type).ctxAnnotations(annotations).resolveAsRef(true));
    if (rs == null || rs.schema == null) {
      return SchemaKit.any(v31);
    }
    if (rs.referencedSchemas != null) {
      rs.referencedSchemas.forEach((mode == Mode.INPUT ? inputs : outputs)::putIfAbsent);
    }
    uses.add(new Use(rs.schema, mode));
    return rs.schema;
  }

  /**
   * The schema of a path, query, header or cookie value: {@code Optional<T>} is T,
   * {@code List<T>}/{@code Set<T>} an array (unique for sets); constraints on the declaration and
   * on the type arguments ({@code List<@Size(max = 3) String>}) apply.
   */
  Schema<?> valueSchema(RouteParameter p) {
    return valueSchema(p.type(), p.annotatedType(), Annotations.of(p));
  }

  private Schema<?> valueSchema(Type type, java.lang.reflect.AnnotatedType annotated, Annotation[] annotations) {
    Class<?> raw = raw(type);
    boolean list = raw == List.class || raw == Collection.class || raw == Iterable.class;
    boolean set = raw == Set.class;
    if ((raw == Optional.class || list || set) && type instanceof ParameterizedType pt) {
      Type element = pt.getActualTypeArguments()[0];
      Annotation[] elementAnnotations = annotated instanceof AnnotatedParameterizedType apt
          ? apt.getAnnotatedActualTypeArguments()[0].getAnnotations() : new Annotation[0];
      if (raw == Optional.class) {
        return valueSchema(element, annotated instanceof AnnotatedParameterizedType apt
            ? apt.getAnnotatedActualTypeArguments()[0] : null, Annotations.merge(annotations, elementAnnotations));
      }
      Schema<Object> array = SchemaKit.array(v31, schema(element, elementAnnotations, Mode.INPUT));
      if (set) {
        array.setUniqueItems(true);
      }
      resolver.constrain(array, annotations);
      return array;
    }
    return schema(type, annotations, Mode.INPUT);
  }

  /** Registers a component written by hand (problem schemas): one shape both ways. */
  void component(String name, Schema<?> schema) {
    written.putIfAbsent(name, schema);
  }

  /** Whether a component of that name is written by hand already. */
  boolean hasComponent(String name) {
    return written.containsKey(name);
  }

  /** The classes whose simple names collided in this pass. */
  Set<Class<?>> collisions() {
    return names.collisions();
  }

  /**
   * The component schemas, sorted by name, after the corrections that need the Java type, made
   * for each direction (see {@link #correct}). A component whose corrected input and output shapes
   * differ, or that refers to one that does, and that is used both ways, is written twice:
   * {@code Name-Input} and {@code Name-Output} (no Java name contains {@code -}, so these never
   * collide), with the references of each side renamed to match. A component used one way only
   * keeps its name, with that way's shape.
   */
  Map<String, Schema<?>> components() {
    if (components != null) {
      return components;
    }
    correctAll(inputs, Mode.INPUT);
    correctAll(outputs, Mode.OUTPUT);
    Set<String> split = new TreeSet<>();
    for (String name : inputs.keySet()) {
      if (outputs.containsKey(name) && !json(inputs.get(name)).equals(json(outputs.get(name)))) {
        split.add(name);
      }
    }
    // A component that refers to a split one is split too (its two shapes refer to different names).
    for (boolean grew = true; grew; ) {
      grew = false;
      for (String name : inputs.keySet()) {
        if (outputs.containsKey(name) && !split.contains(name)
            && (refersTo(inputs.get(name), split) || refersTo(outputs.get(name), split))) {
          split.add(name);
          grew = true;
        }
      }
    }
    Map<String, Schema<?>> all = new TreeMap<>();
    for (Map.Entry<String, Schema<?>> e : inputs.entrySet()) {
      all.put(split.contains(e.getKey()) ? e.getKey() + INPUT_SUFFIX : e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Schema<?>> e : outputs.entrySet()) {
      all.putIfAbsent(split.contains(e.getKey()) ? e.getKey() + OUTPUT_SUFFIX : e.getKey(), e.getValue());
    }
    written.forEach(all::putIfAbsent);
    if (!split.isEmpty()) {
      for (Map.Entry<String, Schema<?>> e : inputs.entrySet()) {
        SchemaRefs.rename(e.getValue(), n -> split.contains(n) ? n + INPUT_SUFFIX : n);
      }
      for (Map.Entry<String, Schema<?>> e : outputs.entrySet()) {
        SchemaRefs.rename(e.getValue(), n -> split.contains(n) ? n + OUTPUT_SUFFIX : n);
      }
      for (Use use : uses) {
        String suffix = use.mode() == Mode.INPUT ? INPUT_SUFFIX : OUTPUT_SUFFIX;
        SchemaRefs.rename(use.schema(), n -> split.contains(n) ? n + suffix : n);
      }
    }
    components = all;
    return components;
  }

  private static boolean refersTo(Schema<?> schema, Set<String> names) {
    for (String n : SchemaRefs.names(schema)) {
      if (names.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private String json(Schema<?> schema) {
    try {
      return (v31 ? io.swagger.v3.core.util.Json31.mapper() : io.swagger.v3.core.util.Json.mapper()).writeValueAsString(schema);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a schema: " + e.getMessage(), e);
    }
  }

  private void correctAll(Map<String, Schema<?>> schemas, Mode mode) {
    for (Map.Entry<String, Schema<?>> e : schemas.entrySet()) {
      JavaType type = names.typeOf(e.getKey());
      if (type != null && e.getValue().getProperties() != null && !type.isEnumType() && !type.isContainerType()) {
        correct(type, e.getValue(), mode);
      }
    }
  }

  /**
   * Corrects an object's schema for one direction with what swagger-core does not know.
   *
   * <p>Input: a record's components are required unless {@code Optional} or {@code @Nullable},
   * which accept {@code null} (core's body rule); other classes' {@code Optional} and
   * {@code @Nullable} properties accept {@code null} and their primitives are required; read-only
   * properties ({@code @JsonProperty(access = READ_ONLY)}) are left out, as the server ignores them.
   *
   * <p>Output: every property the app's mapper always writes is required (with the default
   * inclusion, all of them, {@code null} or not); the {@code Optional} and {@code @Nullable} ones
   * may be {@code null}, unless they declare a default ({@code @Schema(defaultValue = ...)}),
   * which the record applies; write-only properties are left out.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private void correct(JavaType type, Schema schema, Mode mode) {
    Map<String, BeanPropertyDefinition> beanProperties = new LinkedHashMap<>();
    for (BeanPropertyDefinition prop : mapper.getSerializationConfig().introspect(type).findProperties()) {
      beanProperties.put(prop.getName(), prop);
    }
    // Write-only properties are not serialized: find them among the deserialized ones.
    for (BeanPropertyDefinition prop : mapper.getDeserializationConfig().introspect(type).findProperties()) {
      beanProperties.putIfAbsent(prop.getName(), prop);
    }
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    if (type.getRawClass().isRecord()) {
      for (RecordComponent rc : type.getRawClass().getRecordComponents()) {
        components.put(rc.getName(), rc);
      }
    }
    JsonInclude.Value inclusion = mapper.getSerializationConfig().getDefaultPropertyInclusion(type.getRawClass());
    Map<String, Schema> declared = new LinkedHashMap<>(schema.getProperties());
    Map<String, Schema> properties = new LinkedHashMap<>(declared);
    List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
    for (Map.Entry<String, Schema> e : declared.entrySet()) {
      String name = e.getKey();
      Schema property = e.getValue();
      if (Boolean.TRUE.equals(mode == Mode.INPUT ? property.getReadOnly() : property.getWriteOnly())) {
        properties.remove(name);
        required.remove(name);
        continue;
      }
      BeanPropertyDefinition prop = beanProperties.get(name);
      AnnotatedMember member = prop == null ? null : prop.getPrimaryMember();
      if (member == null) {
        continue;
      }
      RecordComponent rc = components.get(prop.getInternalName());
      boolean optional = rc != null ? !isRequired(rc)
          : member.getRawType() == Optional.class || Annotations.hasNullable(member);
      boolean mustBeSent = !optional && (rc != null || member.getRawType().isPrimitive());
      boolean nullable = optional && (mode == Mode.INPUT || property.getDefault() == null);
      boolean isRequired = mode == Mode.INPUT ? mustBeSent : alwaysWritten(inclusion.withOverrides(prop.findInclusion()), nullable)
          || mustBeSent;
      if (nullable) {
        properties.put(name, SchemaKit.nullable(v31, property));
      } else if (optional) {
        properties.put(name, SchemaKit.nonNullable(property));
      }
      if (isRequired && !required.contains(name)) {
        required.add(name);
      } else if (!isRequired) {
        required.remove(name);
      }
    }
    schema.setProperties(properties);
    schema.setRequired(required.isEmpty() ? null : required);
  }

  /** Whether the mapper writes a property whatever its value, given its inclusion rule. */
  private static boolean alwaysWritten(JsonInclude.Value inclusion, boolean nullable) {
    return switch (inclusion.getValueInclusion()) {
      case ALWAYS, USE_DEFAULTS -> true;
      case NON_NULL, NON_ABSENT -> !nullable;
      default -> false;
    };
  }

  /**
   * Core's rule for record components of bodies (and what it writes): required, and never
   * {@code null}, unless {@code Optional} or annotated {@code @Nullable}.
   */
  static boolean isRequired(RecordComponent rc) {
    Class<?> t = rc.getType();
    if (t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class) {
      return false;
    }
    return !Annotations.hasNullable(rc.getAnnotations()) && !Annotations.hasNullable(rc.getAnnotatedType().getAnnotations());
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}

package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.BeanDescription;
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

/**
 * Schemas of Java types through swagger-core's {@link ModelConverters}, collecting the component
 * schemas they reference. One instance builds one document.
 */
final class SchemaFactory implements OpenApiContext {
  private final OpenApiVersion version;
  private final boolean v31;
  private final ObjectMapper mapper;
  private final SchemaNames names;
  private final BriskModelResolver resolver;
  private final ModelConverters converters;
  private final Map<String, Schema<?>> components = new TreeMap<>();
  private boolean corrected;

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

  @Override
  public Schema<?> schema(Type type) {
    return schema(type, new Annotation[0]);
  }

  /** The schema of a type with the annotations of its declaration (constraints, swagger's). */
  Schema<?> schema(Type type, Annotation[] annotations) {
    ResolvedSchema rs = converters.resolveAsResolvedSchema(
        new AnnotatedType(type).ctxAnnotations(annotations).resolveAsRef(true));
    if (rs == null || rs.schema == null) {
      return SchemaKit.any(v31);
    }
    if (rs.referencedSchemas != null) {
      rs.referencedSchemas.forEach(components::putIfAbsent);
    }
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
      Schema<Object> array = SchemaKit.array(v31, schema(element, elementAnnotations));
      if (set) {
        array.setUniqueItems(true);
      }
      resolver.constrain(array, annotations);
      return array;
    }
    return schema(type, annotations);
  }

  /** Registers a component written by hand (problem schemas). */
  void component(String name, Schema<?> schema) {
    components.putIfAbsent(name, schema);
  }

  /** Whether a component of that name is registered. */
  boolean hasComponent(String name) {
    return components.containsKey(name);
  }

  /** The classes whose simple names collided in this pass. */
  Set<Class<?>> collisions() {
    return names.collisions();
  }

  /**
   * The component schemas, sorted by name, after the corrections that need the Java type: a
   * record's components are required unless {@code Optional} or {@code @Nullable}, which accept
   * {@code null} (core's body rule); other classes' {@code Optional} and {@code @Nullable}
   * properties accept {@code null} and their primitives are required.
   */
  Map<String, Schema<?>> components() {
    if (corrected) {
      return components;
    }
    corrected = true;
    for (Map.Entry<String, Schema<?>> e : components.entrySet()) {
      JavaType type = names.typeOf(e.getKey());
      if (type != null && e.getValue().getProperties() != null && !type.isEnumType() && !type.isContainerType()) {
        correct(type, e.getValue());
      }
    }
    return components;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void correct(JavaType type, Schema schema) {
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    if (type.getRawClass().isRecord()) {
      for (RecordComponent rc : type.getRawClass().getRecordComponents()) {
        components.put(rc.getName(), rc);
      }
    }
    Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
    List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
    for (BeanPropertyDefinition prop : bean.findProperties()) {
      Schema property = properties.get(prop.getName());
      AnnotatedMember member = prop.getPrimaryMember();
      if (property == null || member == null) {
        continue;
      }
      RecordComponent rc = components.get(prop.getInternalName());
      boolean nullable = rc != null ? !isRequired(rc)
          : member.getRawType() == Optional.class || Annotations.hasNullable(member);
      if (nullable) {
        properties.put(prop.getName(), SchemaKit.nullable(v31, property));
        required.remove(prop.getName());
      } else if ((rc != null || member.getRawType().isPrimitive()) && !required.contains(prop.getName())) {
        required.add(prop.getName());
      }
    }
    schema.setProperties(properties);
    schema.setRequired(required.isEmpty() ? null : required);
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

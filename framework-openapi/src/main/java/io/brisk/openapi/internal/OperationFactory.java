package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.ParamSource;
import io.brisk.Route;
import io.brisk.RouteParameter;
import io.brisk.openapi.Example;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One route's operation: id, summary and description (annotations, then Javadoc), tags,
 * deprecation, parameters and request body (JSON, or form fields), security; responses come from
 * {@link ResponseFactory}.
 */
final class OperationFactory {
  private final SchemaFactory schemas;
  private final ResponseFactory responses;
  private final JavadocIndex javadoc;
  private final ObjectMapper mapper;
  private final SecurityDocs security;

  OperationFactory(SchemaFactory schemas, ResponseFactory responses, JavadocIndex javadoc, ObjectMapper mapper,
      SecurityDocs security) {
    this.schemas = schemas;
    this.security = security;
    this.responses = responses;
    this.javadoc = javadoc;
    this.mapper = mapper;
  }

  Operation create(Route route, String operationId) {
    Operation op = new Operation();
    Optional<JavadocIndex.MethodDoc> doc = javadoc.of(route.handlerMethod());
    String docText = doc.map(JavadocIndex.MethodDoc::text).orElse("");
    if (!route.tags().isEmpty()) {
      op.setTags(new ArrayList<>(route.tags()));
    }
    String summary = route.summary();
    String description = route.description();
    if (summary.isEmpty() && !docText.isEmpty()) {
      summary = JavadocIndex.firstSentence(docText);
      if (description.isEmpty()) {
        description = JavadocIndex.rest(docText);
      }
    } else if (description.isEmpty()) {
      description = docText;
    }
    op.setSummary(summary.isEmpty() ? humanize(route.handlerMethod().getName()) : summary);
    if (!description.isEmpty()) {
      op.setDescription(description);
    }
    op.setOperationId(operationId);
    Map<String, String> paramDocs = doc.map(JavadocIndex.MethodDoc::params).orElse(Map.of());
    Inputs inputs = Inputs.of(route);
    List<Parameter> parameters = new ArrayList<>();
    for (RouteParameter p : inputs.values()) {
      parameters.add(parameter(p, javadocOf(route, p, paramDocs)));
    }
    if (!parameters.isEmpty()) {
      op.setParameters(parameters);
    }
    if (inputs.body().isPresent()) {
      RouteParameter b = inputs.body().get();
      op.setRequestBody(body(b, javadocOf(route, b, paramDocs)));
    } else if (!inputs.forms().isEmpty()) {
      op.setRequestBody(form(inputs.forms()));
    }
    if (route.deprecated()) {
      op.setDeprecated(true);
    }
    List<SecurityRequirement> requirements = security.requirements(route, inputs);
    if (!requirements.isEmpty()) {
      op.setSecurity(new ArrayList<>(requirements));
    }
    op.setResponses(responses.create(route, doc.map(JavadocIndex.MethodDoc::returns).orElse(""), inputs,
        requirements.size() == 1, !requirements.isEmpty() && !route.requiredScopes().isEmpty()));
    return op;
  }

  /** The handler's Javadoc {@code @param} text, for the handler's own parameters only. */
  private static String javadocOf(Route route, RouteParameter p, Map<String, String> docs) {
    return route.parameters().contains(p) ? docs.getOrDefault(p.javaName(), "") : "";
  }

  private Parameter parameter(RouteParameter p, String javadocText) {
    Parameter param = new Parameter();
    param.setName(p.name());
    param.setIn(p.source().locName());
    param.setRequired(p.source() == ParamSource.PATH || p.required());
    String description = !p.description().isEmpty() ? p.description() : javadocText;
    if (!description.isEmpty()) {
      param.setDescription(description);
    }
    Schema<?> schema = schemas.valueSchema(p);
    p.defaultValue().ifPresent(d -> setDefault(schema, Values.typed(schema, d)));
    param.setSchema(schema);
    Example example = p.element().getAnnotation(Example.class);
    if (example != null) {
      param.setExample(Values.typed(schema, example.value()));
    }
    if (p.element().isAnnotationPresent(Deprecated.class)) {
      param.setDeprecated(true);
    }
    return param;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setDefault(Schema schema, Object value) {
    schema.setDefault(value);
  }

  private RequestBody body(RouteParameter p, String javadocText) {
    RequestBody body = new RequestBody();
    String description = !p.description().isEmpty() ? p.description() : javadocText;
    if (!description.isEmpty()) {
      body.setDescription(description);
    }
    body.setRequired(p.required());
    MediaType media = new MediaType().schema(schemas.inputSchema(p.type(), Annotations.of(p)));
    Example example = p.element().getAnnotation(Example.class);
    if (example != null) {
      media.setExample(Values.json(mapper, example.value()));
    }
    body.setContent(new Content().addMediaType("application/json", media));
    return body;
  }

  /**
   * Form fields as one {@code application/x-www-form-urlencoded} object: a property per field,
   * required when the field is.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private RequestBody form(List<RouteParameter> fields) {
    Schema<Object> object = SchemaKit.of(schemas.v31(), "object");
    Map<String, Schema> properties = new java.util.LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    boolean multipart = fields.stream().anyMatch(f -> f.source() == ParamSource.FILE);
    for (RouteParameter f : fields) {
      Schema<?> schema = f.source() == ParamSource.FILE ? fileSchema(f) : schemas.valueSchema(f);
      f.defaultValue().ifPresent(d -> setDefault(schema, Values.typed(schema, d)));
      if (!f.description().isEmpty()) {
        schema.setDescription(f.description());
      }
      properties.put(f.name(), schema);
      if (f.required()) {
        required.add(f.name());
      }
    }
    object.setProperties(properties);
    if (!required.isEmpty()) {
      object.setRequired(required);
    }
    return new RequestBody().required(!required.isEmpty()).content(new Content()
        .addMediaType(multipart ? "multipart/form-data" : "application/x-www-form-urlencoded",
            new MediaType().schema(object)));
  }

  /** A file part: a binary string, or an array of them for {@code List<UploadedFile>}. */
  private Schema<?> fileSchema(RouteParameter f) {
    Schema<Object> file = SchemaKit.of(schemas.v31(), "string");
    file.setFormat("binary");
    Class<?> raw = f.type() instanceof java.lang.reflect.ParameterizedType pt ? (Class<?>) pt.getRawType()
        : (Class<?>) f.type();
    if (java.util.Collection.class.isAssignableFrom(raw)) {
      Schema<Object> array = SchemaKit.of(schemas.v31(), "array");
      array.setItems(file);
      return array;
    }
    return file;
  }

  /** {@code readItem} as {@code "Read item"}. */
  static String humanize(String methodName) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      if (i == 0) {
        sb.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        sb.append(' ').append(Character.toLowerCase(c));
      } else if (c == '_') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

package io.brisk.openapi.internal;

import io.brisk.ValidationErrorFormat;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of the error bodies core writes (see core's {@code Problems}): RFC 9457 problem
 * details, and invalid input in the app's configured format. Their names are reserved: an app
 * class with one of these simple names is documented under its qualified name.
 */
final class ErrorSchemas {
  static final String PROBLEM = "Problem";
  static final String VALIDATION_PROBLEM = "ValidationProblem";
  static final String VALIDATION_ERROR = "ValidationError";
  static final String FASTAPI_ERROR = "HTTPValidationError";
  static final Set<String> RESERVED = Set.of(PROBLEM, VALIDATION_PROBLEM, VALIDATION_ERROR, FASTAPI_ERROR);
  static final String PROBLEM_JSON = "application/problem+json";

  private final SchemaFactory schemas;
  private final boolean v31;
  private final ValidationErrorFormat format;

  ErrorSchemas(SchemaFactory schemas, ValidationErrorFormat format) {
    this.schemas = schemas;
    this.v31 = schemas.v31();
    this.format = format;
  }

  /** The media type of invalid-input answers. */
  String validationMediaType() {
    return format == ValidationErrorFormat.PROBLEM ? PROBLEM_JSON : "application/json";
  }

  /** A reference to the problem schema, registering it. */
  Schema<?> problem() {
    if (!schemas.hasComponent(PROBLEM)) {
      Schema<Object> s = object("A problem (RFC 9457 problem details).", problemProperties(), List.of("type", "title", "status"));
      schemas.component(PROBLEM, s);
    }
    return SchemaKit.ref(v31, PROBLEM);
  }

  /** A reference to the invalid-input schema of the configured format, registering it. */
  Schema<?> validation() {
    if (format == ValidationErrorFormat.PROBLEM) {
      if (!schemas.hasComponent(VALIDATION_PROBLEM)) {
        Map<String, Schema<?>> props = problemProperties();
        props.put("errors", described(SchemaKit.array(v31, error()), "Every problem with the request's input."));
        schemas.component(VALIDATION_PROBLEM, object("The request's input is invalid: a problem with the list of errors.",
            props, List.of("type", "title", "status", "errors")));
      }
      return SchemaKit.ref(v31, VALIDATION_PROBLEM);
    }
    if (!schemas.hasComponent(FASTAPI_ERROR)) {
      Map<String, Schema<?>> props = new LinkedHashMap<>();
      props.put("detail", described(SchemaKit.array(v31, error()), "Every problem with the request's input."));
      schemas.component(FASTAPI_ERROR, object("The request's input is invalid.", props, List.of("detail")));
    }
    return SchemaKit.ref(v31, FASTAPI_ERROR);
  }

  private Schema<?> error() {
    if (!schemas.hasComponent(VALIDATION_ERROR)) {
      Map<String, Schema<?>> props = new LinkedHashMap<>();
      Schema<Object> locItem = SchemaKit.any(v31);
      locItem.setAnyOf(new ArrayList<>(List.of(SchemaKit.of(v31, "string"), SchemaKit.of(v31, "integer"))));
      Schema<?> loc = described(SchemaKit.array(v31, locItem),
          "Where: the source (path, query, header, cookie, body) then the field path; list indexes are integers.");
      Schema<?> msg = described(SchemaKit.of(v31, "string"), "A human sentence.");
      Schema<?> type = described(SchemaKit.of(v31, "string"), "A stable machine code, such as missing or int_parsing.");
      Schema<?> input = described(SchemaKit.any(v31), "The offending value.");
      Schema<Object> ctx = SchemaKit.of(v31, "object");
      ctx.setDescription("Bounds or other facts about the rule.");
      ctx.setAdditionalProperties(true);
      List<String> required;
      if (format == ValidationErrorFormat.PROBLEM) {
        props.put("loc", loc);
        props.put("msg", msg);
        props.put("type", type);
        required = List.of("loc", "msg", "type");
      } else {
        props.put("type", type);
        props.put("loc", loc);
        props.put("msg", msg);
        required = List.of("type", "loc", "msg", "input");
      }
      props.put("input", input);
      props.put("ctx", ctx);
      schemas.component(VALIDATION_ERROR, object("One problem with the request's input.", props, required));
    }
    return SchemaKit.ref(v31, VALIDATION_ERROR);
  }

  private Map<String, Schema<?>> problemProperties() {
    Map<String, Schema<?>> props = new LinkedHashMap<>();
    Schema<?> type = described(SchemaKit.of(v31, "string", "uri-reference"),
        "A URI that identifies the problem type; about:blank when the status says it all.");
    type.setExample("about:blank");
    props.put("type", type);
    props.put("title", described(SchemaKit.of(v31, "string"), "The status's standard title."));
    props.put("status", described(SchemaKit.of(v31, "integer", "int32"), "The HTTP status code."));
    props.put("detail", described(SchemaKit.of(v31, "string"), "What went wrong, for a human."));
    Schema<?> instance = described(SchemaKit.of(v31, "string", "uri-reference"), "The request path.");
    instance.setExample("/items/42");
    props.put("instance", instance);
    return props;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Schema<Object> object(String description, Map<String, Schema<?>> properties, List<String> required) {
    Schema<Object> s = SchemaKit.of(v31, "object");
    s.setDescription(description);
    s.setProperties((Map) properties);
    s.setRequired(new ArrayList<>(required));
    return s;
  }

  private static Schema<?> described(Schema<?> s, String description) {
    s.setDescription(description);
    return s;
  }
}

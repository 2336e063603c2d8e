package io.brisk.internal.binding;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.brisk.ValidationError;
import io.brisk.internal.json.BodyRuleException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns Jackson's read failures into validation errors that point at the field. */
final class JsonErrors {
  private JsonErrors() {}

  /** Adds the errors of a failed read: one, or one per problem of a {@link BodyRuleException}. */
  static void addErrors(IOException e, List<ValidationError> errors) {
    if (!(e instanceof BodyRuleException rules)) {
      errors.add(toValidationError(e));
      return;
    }
    List<Object> base = loc(rules);
    for (BodyRuleException.Problem p : rules.problems()) {
      List<Object> loc = base;
      if (p.key() != null) {
        loc = new ArrayList<>(base);
        loc.add(p.key());
      }
      errors.add(switch (p.rule()) {
        case MISSING -> ValidationError.of(loc, "Field required", "missing", null);
        case NULL -> {
          Kind kind = Kind.of(p.targetType());
          yield ValidationError.of(loc, kind.message, kind.code("_type"), null);
        }
        case SET_NOT_UNIQUE -> ValidationError.of(loc, "Set should have unique items", "set_not_unique", p.input());
      });
    }
  }

  private static List<Object> loc(JsonMappingException e) {
    List<Object> loc = new ArrayList<>();
    loc.add("body");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        loc.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        loc.add(ref.getIndex());
      }
    }
    return loc;
  }

  static ValidationError toValidationError(IOException e) {
    if (e instanceof StreamReadException sre && !(e instanceof MismatchedInputException)) {
      return ValidationError.of(List.of("body"), "Invalid JSON: " + describe(sre), "json_invalid", null);
    }
    if (e instanceof JsonMappingException wrapper && wrapper.getCause() instanceof StreamReadException sre) {
      // A syntax error (bytes that are not UTF-8, say) met while a value was being bound.
      return ValidationError.of(List.of("body"), "Invalid JSON: " + describe(sre), "json_invalid", null);
    }
    if (!(e instanceof JsonMappingException jme)) {
      return ValidationError.of(List.of("body"), "Invalid JSON: " + e.getMessage(), "json_invalid", null);
    }
    List<Object> loc = loc(jme);
    if (e instanceof UnrecognizedPropertyException) {
      return ValidationError.of(loc, "Extra inputs are not permitted", "extra_forbidden", null);
    }
    if (e instanceof ValueInstantiationException vie) {
      Throwable cause = vie.getCause() == null ? vie : vie.getCause();
      return ValidationError.of(loc, "Value error, " + cause.getMessage(), "value_error", null);
    }
    if (e instanceof InvalidFormatException ife) {
      Kind kind = Kind.of(ife.getTargetType());
      return ValidationError.of(loc, kind.message, kind.code("_parsing"), ife.getValue());
    }
    if (e instanceof MismatchedInputException mie) {
      if (mie.getMessage() != null && mie.getMessage().startsWith("Trailing token")) {
        return ValidationError.of(List.of("body"), "Invalid JSON: " + describe(mie), "json_invalid", null);
      }
      if (mie.getMessage() != null && mie.getMessage().startsWith("Missing required creator property")) {
        // @JsonProperty(required = true) on a component or creator parameter.
        return ValidationError.of(loc, "Field required", "missing", null);
      }
      Kind kind = Kind.of(mie.getTargetType());
      return ValidationError.of(loc, kind.message, kind.code("_type"), null);
    }
    return ValidationError.of(loc, "Value error, " + jme.getOriginalMessage(), "value_error", null);
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    JsonLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      message += " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }
    return message;
  }

  /** The family of the expected type, for the error code and sentence. */
  private enum Kind {
    INT("int", "Input should be a valid integer"),
    FLOAT("float", "Input should be a valid number"),
    DECIMAL("decimal", "Input should be a valid decimal"),
    BOOL("bool", "Input should be a valid boolean"),
    STRING("string", "Input should be a valid string"),
    UUID_("uuid", "Input should be a valid UUID"),
    DATETIME("datetime", "Input should be a valid date or datetime in ISO-8601 format"),
    ENUM("enum", "Input should be one of the allowed values"),
    LIST("list", "Input should be a valid array"),
    DICT("dict", "Input should be a valid object"),
    MODEL("model", "Input should be a valid object");

    final String code;
    final String message;

    Kind(String code, String message) {
      this.code = code;
      this.message = message;
    }

    /** The error code: the family and a suffix; enums are always plain {@code enum}. */
    String code(String suffix) {
      return this == ENUM ? code : code + suffix;
    }

    static Kind of(Class<?> t) {
      if (t == null) {
        return MODEL;
      }
      if (t == int.class || t == Integer.class || t == long.class || t == Long.class
          || t == short.class || t == Short.class || t == byte.class || t == Byte.class
          || t == BigInteger.class) {
        return INT;
      }
      if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
        return FLOAT;
      }
      if (t == BigDecimal.class) {
        return DECIMAL;
      }
      if (t == boolean.class || t == Boolean.class) {
        return BOOL;
      }
      if (t == String.class || t == char.class || t == Character.class) {
        return STRING;
      }
      if (t == UUID.class) {
        return UUID_;
      }
      if (Temporal.class.isAssignableFrom(t)) {
        return DATETIME;
      }
      if (t.isEnum()) {
        return ENUM;
      }
      if (t.isArray() || Collection.class.isAssignableFrom(t)) {
        return LIST;
      }
      if (Map.class.isAssignableFrom(t)) {
        return DICT;
      }
      return MODEL;
    }
  }
}

package io.brisk.openapi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Text values (defaults, examples) typed by their schema, so that {@code "10"} is written 10. */
final class Values {
  private Values() {}

  /** A value as sent in a path, query, header or cookie, typed by the schema. */
  static Object typed(Schema<?> schema, String text) {
    String type = SchemaKit.type(schema);
    if ("array".equals(type)) {
      List<Object> items = new ArrayList<>();
      if (!text.isEmpty()) {
        for (String item : text.split(",", -1)) {
          items.add(schema.getItems() == null ? item : typed(schema.getItems(), item));
        }
      }
      return items;
    }
    try {
      return switch (type == null ? "" : type) {
        case "integer" -> new BigInteger(text.strip());
        case "number" -> new BigDecimal(text.strip());
        case "boolean" -> Boolean.parseBoolean(text.strip());
        default -> text;
      };
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** A JSON example parsed to a tree; text that is not JSON stays text. */
  static Object json(ObjectMapper mapper, String text) {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return text;
    }
  }
}

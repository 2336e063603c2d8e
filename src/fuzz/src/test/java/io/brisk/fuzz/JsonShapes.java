package io.brisk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Builds JSON documents shaped like the {@link ValidatedApi} records from the fuzzer's choices:
 * mostly plausible values near the constraints' edges, sometimes a field missing, null, of the
 * wrong type, or unknown. Structure the raw-bytes mode would take long to find by mutation.
 */
final class JsonShapes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonShapes() {}

  /** A document for the route at this path. */
  static String forRoute(String path, FuzzedDataProvider d) {
    JsonNode doc;
    if (path.startsWith("/products/batch")) {
      doc = odd(d, () -> array(d, 5, () -> product(d)));
    } else if (path.startsWith("/products/by-key")) {
      doc = odd(d, () -> {
        ObjectNode o = NODES.objectNode();
        for (int i = d.consumeInt(0, 4); i > 0; i--) {
          o.set(d.consumeString(6), odd(d, () -> product(d)));
        }
        return o;
      });
    } else if (path.startsWith("/products")) {
      doc = odd(d, () -> product(d));
    } else if (path.startsWith("/variants")) {
      doc = odd(d, () -> variant(d));
    } else {
      doc = odd(d, () -> dimensions(d));
    }
    try {
      return JSON.writeValueAsString(doc);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode product(FuzzedDataProvider d) {
    ObjectNode o = NODES.objectNode();
    field(o, "name", d, () -> text(d, "Lamp", "", "   ", "x".repeat(21)));
    field(o, "sku", d, () -> text(d, "ABC-1234", "abc-1234", "ABC-12345", "AB-1234"));
    field(o, "price", d, () -> decimal(d));
    field(o, "stock", d, () -> integer(d, -10, 1010));
    field(o, "tags", d, () -> array(d, 4, () -> odd(d, () -> text(d, "home", "", " "))));
    field(o, "dimensions", d, () -> dimensions(d));
    field(o, "variants", d, () -> array(d, 5, () -> odd(d, () -> variant(d))));
    field(o, "warehouses", d, () -> {
      ObjectNode w = NODES.objectNode();
      for (int i = d.consumeInt(0, 3); i > 0; i--) {
        w.set(d.consumeString(5), odd(d, () -> integer(d, -5, 5)));
      }
      return w;
    });
    field(o, "contact", d, () -> text(d, "ada@example.org", "not-an-email", "@", "a@b"));
    field(o, "since", d, () -> text(d, "2020-01-01", "2999-12-31", "2026-02-30", "yesterday"));
    field(o, "fit", d, () -> text(d, "SLIM", "REGULAR", "LOOSE", "slim", "WIDE"));
    field(o, "active", d, () -> NODES.booleanNode(d.consumeBoolean()));
    if (d.consumeInt(0, 15) == 0) {
      o.put(d.consumeString(8), d.consumeInt()); // an unknown field
    }
    return o;
  }

  private static JsonNode variant(FuzzedDataProvider d) {
    ObjectNode o = NODES.objectNode();
    field(o, "color", d, () -> text(d, "red", "", " ", "ultramarine"));
    field(o, "size", d, () -> integer(d, -1, 101));
    field(o, "fit", d, () -> text(d, "SLIM", "LOOSE", "loose", ""));
    return o;
  }

  private static JsonNode dimensions(FuzzedDataProvider d) {
    ObjectNode o = NODES.objectNode();
    field(o, "width", d, () -> number(d));
    field(o, "height", d, () -> number(d));
    return o;
  }

  /** Usually the field with a good-shaped value, sometimes absent or odd. */
  private static void field(ObjectNode o, String name, FuzzedDataProvider d, Supplier<JsonNode> value) {
    if (d.consumeInt(0, 15) != 0) {
      o.set(name, odd(d, value));
    }
  }

  /** Usually {@code good}; sometimes null or a value of another JSON type. */
  private static JsonNode odd(FuzzedDataProvider d, Supplier<JsonNode> good) {
    return switch (d.consumeInt(0, 23)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode(d.consumeString(12));
      case 2 -> NODES.numberNode(d.consumeLong());
      case 3 -> NODES.booleanNode(d.consumeBoolean());
      case 4 -> NODES.arrayNode();
      case 5 -> NODES.objectNode();
      case 6 -> NODES.numberNode(new BigDecimal(d.consumeLong()).scaleByPowerOfTen(d.consumeInt(-400, 400)));
      default -> good.get();
    };
  }

  private static JsonNode text(FuzzedDataProvider d, String... usual) {
    int pick = d.consumeInt(0, usual.length);
    return NODES.textNode(pick < usual.length ? usual[pick] : d.consumeString(24));
  }

  private static JsonNode integer(FuzzedDataProvider d, int min, int max) {
    return d.consumeBoolean() ? NODES.numberNode(d.consumeInt(min, max)) : NODES.numberNode(d.consumeLong());
  }

  private static JsonNode number(FuzzedDataProvider d) {
    return switch (d.consumeInt(0, 3)) {
      case 0 -> NODES.numberNode(d.consumeDouble());
      case 1 -> NODES.textNode(Double.toString(d.consumeRegularDouble(-5, 2000)));
      default -> NODES.numberNode(d.consumeRegularDouble(-5, 2000));
    };
  }

  private static JsonNode decimal(FuzzedDataProvider d) {
    BigDecimal value = BigDecimal.valueOf(d.consumeLong(-10_000_000L, 10_000_000_000L), d.consumeInt(0, 4));
    return d.consumeBoolean() ? NODES.numberNode(value) : NODES.textNode(value.toPlainString());
  }

  private static ArrayNode array(FuzzedDataProvider d, int max, Supplier<JsonNode> element) {
    ArrayNode a = NODES.arrayNode();
    for (int i = d.consumeInt(0, max); i > 0; i--) {
      a.add(element.get());
    }
    return a;
  }
}

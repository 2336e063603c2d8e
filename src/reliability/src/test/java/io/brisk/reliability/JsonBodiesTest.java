package io.brisk.reliability;

import static io.brisk.reliability.Category.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.testing.BriskServerExtension;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bodies for {@code POST /items}, a record with constraints (name 1..100 chars, quantity >= 0). */
class JsonBodiesTest {
  @RegisterExtension
  static final BriskServerExtension server = HostileServer.start();

  final Cases cases = new Cases(server::port);

  private Answer post(String name, String sent, String contentType, String json) throws Exception {
    int length = json.getBytes(StandardCharsets.ISO_8859_1).length;
    return cases.send(JSON, name, sent, "POST /items HTTP/1.1\r\nHost: localhost\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + length + "\r\n\r\n" + json);
  }

  private Answer post(String name, String sent, String json) throws Exception {
    return post(name, sent, "application/json", json);
  }

  /** A valid item, with some fields set to other JSON values (name, raw value, name, raw value...). */
  private static String item(String... fields) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("name", "\"x\"");
    all.put("quantity", "1");
    all.put("price", "1.5");
    all.put("tags", "[]");
    for (int i = 0; i < fields.length; i += 2) {
      all.put(fields[i], fields[i + 1]);
    }
    return all.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  @Test
  void malformedJson() throws Exception {
    post("Malformed JSON", "`{name: 'x'}`", "{name: 'x'}").problem(422).saying("Invalid JSON").kept();
  }

  @Test
  void truncatedJson() throws Exception {
    post("Truncated JSON", "`{\"name\":\"x\",\"quantity\":`", "{\"name\":\"x\",\"quantity\":")
        .problem(422).saying("Invalid JSON").kept();
  }

  @Test
  void nestingJustOverTheLimit() throws Exception {
    post("Nesting over the limit", "an extra property nested 201 arrays deep (limit 200)",
        item("extra", "[".repeat(201) + "]".repeat(201)))
        .problem(422).saying("nesting depth").kept();
  }

  @Test
  void nestingFarOverTheLimit() throws Exception {
    post("Nesting far over the limit", "8,000 nested arrays (no stack overflow)",
        item("extra", "[".repeat(8000) + "]".repeat(8000))).problem(422).saying("nesting depth").kept();
  }

  @Test
  void hugeNumber() throws Exception {
    post("Number of 2,000 digits", "`quantity` of 2,000 digits (limit 1,000)",
        item("quantity", "9".repeat(2000))).problem(422).saying("Number value length").kept();
  }

  @Test
  void hugeDecimal() throws Exception {
    post("Decimal of 2,000 digits", "`price` of 2,000 digits", item("price", "0." + "1".repeat(2000)))
        .problem(422).saying("Number value length").kept();
  }

  @Test
  void numberOutOfRange() throws Exception {
    post("Integer out of range", "`quantity: 99999999999999999999`", item("quantity", "99999999999999999999"))
        .problem(422).kept();
  }

  @Test
  void hugeString() throws Exception {
    post("String far over its constraint", "`name` of 15,000 characters (`@Size(max = 100)`)",
        item("name", "\"" + "n".repeat(15_000) + "\"")).problem(422).saying("at most 100 characters").kept();
  }

  @Test
  void duplicateKeys() throws Exception {
    post("Duplicate keys", "`{\"name\":\"a\",\"name\":\"b\"}`", "{\"name\":\"a\",\"name\":\"b\"}")
        .problem(422).saying("Duplicate field 'name'").kept();
  }

  @Test
  void trailingContent() throws Exception {
    post("Content after the document", "a valid item followed by `{}`", item() + " {}").problem(422)
        .saying("Invalid JSON").kept();
  }

  @Test
  void invalidUtf8() throws Exception {
    post("Invalid UTF-8 in a string", "`name` holding bytes 0xC3 0x28", "{\"name\":\"\u00c3(\"}")
        .problem(422).saying("Invalid JSON").kept();
  }

  @Test
  void emptyBody() throws Exception {
    post("Empty body", "`Content-Length: 0`", "").problem(422).kept();
  }

  @Test
  void nullForARequiredField() throws Exception {
    post("null for a required field", "`\"name\": null`", item("name", "null")).problem(422).kept();
  }

  @Test
  void wrongContentType() throws Exception {
    post("Wrong content type", "`Content-Type: text/plain`", "text/plain", "{\"name\":\"a\"}")
        .problem(415).kept();
  }

  @Test
  void missingContentType() throws Exception {
    // Like FastAPI: a body without a content type is read as JSON (RFC 9110 8.3 lets the recipient decide).
    Answer answer = post("No content type (read as JSON)", "a valid item without `Content-Type`", null, item());
    assertThat(answer.status()).isEqualTo(200);
    answer.kept();
  }
}

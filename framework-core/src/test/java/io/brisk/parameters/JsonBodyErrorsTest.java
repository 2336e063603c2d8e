package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Post;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JsonBodyErrorsTest {
  public enum Color { RED, GREEN }

  public record Item(String name, double price, int quantity, List<String> tags, Color color) {}

  public static class Api {
    @Post("/items")
    public Item create(Item item) {
      return item;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  private String errors(String body) {
    TestResponse r = client.post("/items").body(body, "application/json").send();
    assertThat(r.status()).isEqualTo(422);
    return r.json().get("errors").toString();
  }

  @Test
  void rejectsJsonThatDoesNotParseWithItsPosition() {
    assertThat(errors("{\"name\": ")).isEqualTo("[{\"loc\":[\"body\"],\"msg\":\"Invalid JSON: Unexpected"
        + " end-of-input within/between Object entries at line 1, column 10\",\"type\":\"json_invalid\"}]");
  }

  @Test
  void countsLinesAndColumnsInTheInvalidJsonMessage() {
    assertThat(errors("{\n  \"name\": \"a\",\n  \"price\": }")).isEqualTo("[{\"loc\":[\"body\"],\"msg\":\"Invalid"
        + " JSON: Unexpected character ('}' (code 125)): expected a value at line 3, column 12\",\"type\":\"json_invalid\"}]");
  }

  @Test
  void rejectsADuplicateKeyAsInvalidJson() {
    assertThat(errors("{\"name\":\"a\",\"name\":\"b\"}")).isEqualTo("[{\"loc\":[\"body\"],"
        + "\"msg\":\"Invalid JSON: Duplicate field 'name' at line 1, column 19\",\"type\":\"json_invalid\"}]");
  }

  @Test
  void pointsAtTheFieldWhoseValueHasTheWrongType() {
    assertThat(errors("{\"name\":\"a\",\"price\":\"cheap\",\"quantity\":1}")).isEqualTo("[{\"loc\":[\"body\",\"price\"],"
        + "\"msg\":\"Input should be a valid number\",\"type\":\"float_parsing\",\"input\":\"cheap\"}]");
  }

  @Test
  void rejectsAFractionForAnInteger() {
    assertThat(errors("{\"name\":\"a\",\"price\":1,\"quantity\":1.5}")).isEqualTo("[{\"loc\":[\"body\",\"quantity\"],"
        + "\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":1.5}]");
  }

  @Test
  void rejectsNullForAPrimitive() {
    assertThat(errors("{\"name\":\"a\",\"price\":null,\"quantity\":1}")).isEqualTo("[{\"loc\":[\"body\",\"price\"],"
        + "\"msg\":\"Input should be a valid number\",\"type\":\"float_type\"}]");
  }

  @Test
  void pointsIntoListsByIndex() {
    assertThat(errors("{\"name\":\"a\",\"price\":1,\"quantity\":1,\"tags\":[\"x\",{}]}")).isEqualTo(
        "[{\"loc\":[\"body\",\"tags\",1],\"msg\":\"Input should be a valid string\",\"type\":\"string_type\"}]");
  }

  @Test
  void rejectsAnUnknownEnumConstant() {
    assertThat(errors("{\"name\":\"a\",\"price\":1,\"quantity\":1,\"color\":\"BLUE\"}")).isEqualTo(
        "[{\"loc\":[\"body\",\"color\"],\"msg\":\"Input should be one of the allowed values\",\"type\":\"enum\",\"input\":\"BLUE\"}]");
  }

  @Test
  void rejectsAnArrayWhereAnObjectIsExpected() {
    assertThat(errors("[1]"))
        .isEqualTo("[{\"loc\":[\"body\"],\"msg\":\"Input should be a valid object\",\"type\":\"model_type\"}]");
  }
}

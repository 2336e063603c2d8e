package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every built-in text type, through a query parameter named {@code v}. */
class ScalarTypesTest {
  public enum Size { SMALL, LARGE }

  public static class Api {
    @Get("/string") public String string(String v) { return "String " + v; }
    @Get("/int") public String primitiveInt(int v) { return "int " + v; }
    @Get("/integer") public String boxedInt(Integer v) { return "Integer " + v; }
    @Get("/long") public String primitiveLong(long v) { return "long " + v; }
    @Get("/boxed-long") public String boxedLong(Long v) { return "Long " + v; }
    @Get("/short") public String primitiveShort(short v) { return "short " + v; }
    @Get("/byte") public String primitiveByte(byte v) { return "byte " + v; }
    @Get("/double") public String primitiveDouble(double v) { return "double " + v; }
    @Get("/boxed-double") public String boxedDouble(Double v) { return "Double " + v; }
    @Get("/float") public String primitiveFloat(float v) { return "float " + v; }
    @Get("/char") public String primitiveChar(char v) { return "char " + v; }
    @Get("/boolean") public String primitiveBoolean(boolean v) { return "boolean " + v; }
    @Get("/boxed-boolean") public String boxedBoolean(Boolean v) { return "Boolean " + v; }
    @Get("/decimal") public String decimal(BigDecimal v) { return "BigDecimal " + v.toPlainString(); }
    @Get("/biginteger") public String bigInteger(BigInteger v) { return "BigInteger " + v; }
    @Get("/enum") public String enumValue(Size v) { return "Size " + v.name(); }
    @Get("/uuid") public String uuid(UUID v) { return "UUID " + v; }
    @Get("/date") public String date(LocalDate v) { return "LocalDate " + v.getDayOfYear(); }
    @Get("/datetime") public String dateTime(LocalDateTime v) { return "LocalDateTime " + v.getHour() + ":" + v.getMinute(); }
    @Get("/offset") public String offset(OffsetDateTime v) { return "OffsetDateTime " + v.getOffset(); }
    @Get("/instant") public String instant(Instant v) { return "Instant " + v.getEpochSecond(); }
    @Get("/duration") public String duration(Duration v) { return "Duration " + v.toSeconds(); }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  private String get(String path, String value) {
    TestResponse r = client.get(path).query("v", value).send();
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.text();
  }

  private String error(String path, String value) {
    TestResponse r = client.get(path).query("v", value).send();
    assertThat(r.status()).isEqualTo(422);
    return r.json().at("/errors/0/type").asText() + ": " + r.json().at("/errors/0/msg").asText();
  }

  @Test
  void convertsStrings() {
    assertThat(get("/string", "héllo wörld")).isEqualTo("String héllo wörld");
  }

  @Test
  void convertsIntegersOfEverySize() {
    assertThat(get("/int", "-42")).isEqualTo("int -42");
    assertThat(get("/integer", "7")).isEqualTo("Integer 7");
    assertThat(get("/long", "9000000000")).isEqualTo("long 9000000000");
    assertThat(get("/boxed-long", "-1")).isEqualTo("Long -1");
    assertThat(get("/short", "300")).isEqualTo("short 300");
    assertThat(get("/byte", "-128")).isEqualTo("byte -128");
  }

  @Test
  void ignoresSurroundingWhitespaceInNumbers() {
    assertThat(get("/int", " 5 ")).isEqualTo("int 5");
  }

  @Test
  void rejectsIntegersOutOfRange() {
    assertThat(error("/int", "2147483648")).isEqualTo("int_parsing: Input should be a valid integer");
    assertThat(error("/byte", "128")).isEqualTo("int_parsing: Input should be a valid integer");
  }

  @Test
  void rejectsAFractionForAnInteger() {
    assertThat(error("/long", "1.5")).isEqualTo("int_parsing: Input should be a valid integer");
  }

  @Test
  void convertsFloatingPointNumbers() {
    assertThat(get("/double", "2.5")).isEqualTo("double 2.5");
    assertThat(get("/boxed-double", "1e3")).isEqualTo("Double 1000.0");
    assertThat(get("/float", "0.25")).isEqualTo("float 0.25");
  }

  @Test
  void rejectsNonFiniteFloatingPointNumbers() {
    assertThat(error("/double", "NaN")).isEqualTo("float_parsing: Input should be a valid number");
    assertThat(error("/double", "Infinity")).isEqualTo("float_parsing: Input should be a valid number");
  }

  @Test
  void convertsASingleCharacter() {
    assertThat(get("/char", "x")).isEqualTo("char x");
    assertThat(error("/char", "xy")).isEqualTo("char_parsing: Input should be a single character");
  }

  @Test
  void convertsBooleans() {
    assertThat(get("/boolean", "true")).isEqualTo("boolean true");
    assertThat(get("/boxed-boolean", "off")).isEqualTo("Boolean false");
  }

  @Test
  void convertsBigNumbersExactly() {
    assertThat(get("/decimal", "12345678901234567890.000000001")).isEqualTo("BigDecimal 12345678901234567890.000000001");
    assertThat(get("/biginteger", "123456789012345678901234567890")).isEqualTo("BigInteger 123456789012345678901234567890");
    assertThat(error("/decimal", "1,5")).isEqualTo("decimal_parsing: Input should be a valid decimal");
    assertThat(error("/biginteger", "1.0")).isEqualTo("int_parsing: Input should be a valid integer");
  }

  @Test
  void convertsEnumsByNameIgnoringCase() {
    assertThat(get("/enum", "LARGE")).isEqualTo("Size LARGE");
    assertThat(get("/enum", "small")).isEqualTo("Size SMALL");
  }

  @Test
  void listsTheExpectedConstantsForAnUnknownEnumValue() {
    TestResponse r = client.get("/enum?v=medium").send();

    assertThat(r.json().get("errors").toString()).isEqualTo("[{\"loc\":[\"query\",\"v\"],"
        + "\"msg\":\"Input should be 'SMALL' or 'LARGE'\",\"type\":\"enum\",\"input\":\"medium\","
        + "\"ctx\":{\"expected\":\"SMALL, LARGE\"}}]");
  }

  @Test
  void convertsUuidsInTheirCanonicalFormOnly() {
    assertThat(get("/uuid", "123e4567-e89b-12d3-a456-426614174000")).isEqualTo("UUID 123e4567-e89b-12d3-a456-426614174000");
    assertThat(error("/uuid", "1-2-3-4-5")).isEqualTo("uuid_parsing: Input should be a valid UUID");
  }

  @Test
  void convertsIsoDatesAndTimes() {
    assertThat(get("/date", "2024-02-01")).isEqualTo("LocalDate 32");
    assertThat(get("/datetime", "2024-02-01T13:45:00")).isEqualTo("LocalDateTime 13:45");
    assertThat(get("/offset", "2024-02-01T13:45:00+02:00")).isEqualTo("OffsetDateTime +02:00");
    assertThat(get("/instant", "1970-01-01T00:01:40Z")).isEqualTo("Instant 100");
    assertThat(get("/duration", "PT1M30S")).isEqualTo("Duration 90");
  }

  @Test
  void namesTheExpectedFormatOfARejectedDateOrTime() {
    assertThat(error("/date", "01/02/2024")).isEqualTo("date_parsing: Input should be a valid date in the format YYYY-MM-DD");
    assertThat(error("/datetime", "2024-02-01")).isEqualTo("datetime_parsing: Input should be a valid datetime in ISO-8601 format");
    assertThat(error("/offset", "2024-02-01T13:45:00"))
        .isEqualTo("datetime_parsing: Input should be a valid datetime in ISO-8601 format with an offset");
    assertThat(error("/instant", "2024-02-01T13:45:00"))
        .isEqualTo("datetime_parsing: Input should be a valid datetime in ISO-8601 format in UTC (ending in Z)");
    assertThat(error("/duration", "90s"))
        .isEqualTo("duration_parsing: Input should be a valid ISO-8601 duration such as PT30S");
  }
}

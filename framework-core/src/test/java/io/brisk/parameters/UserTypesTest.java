package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class UserTypesTest {
  /** Converted by a registered converter only. */
  public static final class Money {
    final long cents;

    Money(long cents) {
      this.cents = cents;
    }
  }

  public static final class Sku {
    final String code;

    private Sku(String code) {
      this.code = code;
    }

    public static Sku of(String text) {
      if (!text.startsWith("SKU-")) {
        throw new IllegalArgumentException("a SKU starts with SKU-");
      }
      return new Sku(text);
    }
  }

  public static final class Percent {
    final int value;

    private Percent(int value) {
      this.value = value;
    }

    public static Percent valueOf(String text) {
      return new Percent(Integer.parseInt(text.replace("%", "")));
    }
  }

  public static final class Version {
    final String text;

    private Version(String text) {
      this.text = text;
    }

    public static Version parse(String text) {
      return new Version("v" + text);
    }
  }

  public static final class Region {
    final String name;

    private Region(String name) {
      this.name = name;
    }

    public static Region from(String text) {
      return new Region(text.toUpperCase());
    }
  }

  public static class Api {
    @Get("/money")
    public String money(Money amount) {
      return amount.cents + " cents";
    }

    @Get("/sku")
    public String sku(Sku sku) {
      return sku.code;
    }

    @Get("/percent")
    public String percent(Percent p) {
      return p.value + " percent";
    }

    @Get("/version")
    public String version(@Header("X-Version") Version version) {
      return version.text;
    }

    @Get("/regions")
    public String regions(List<Region> region) {
      return String.join(",", region.stream().map(r -> r.name).toList());
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create()
      .converter(Money.class, text -> {
        if (!text.endsWith("EUR")) {
          throw new IllegalArgumentException("amounts are in EUR");
        }
        return new Money(Math.round(Double.parseDouble(text.substring(0, text.length() - 3)) * 100));
      })
      .include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void convertsWithARegisteredConverter() {
    assertThat(client.get("/money?amount=12.34EUR").send().text()).isEqualTo("1234 cents");
  }

  @Test
  void reportsTheConvertersMessageAsAValueError() {
    TestResponse r = client.get("/money?amount=12USD").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString()).isEqualTo("[{\"loc\":[\"query\",\"amount\"],"
        + "\"msg\":\"Value error, amounts are in EUR\",\"type\":\"value_error\",\"input\":\"12USD\"}]");
  }

  @Test
  void convertsWithAStaticOfMethod() {
    assertThat(client.get("/sku?sku=SKU-1").send().text()).isEqualTo("SKU-1");
  }

  @Test
  void reportsAFactoryRejectionAsAValueErrorNamingTheType() {
    TestResponse r = client.get("/sku?sku=X-1").send();

    assertThat(r.json().get("errors").toString()).isEqualTo("[{\"loc\":[\"query\",\"sku\"],"
        + "\"msg\":\"Input should be a valid Sku\",\"type\":\"value_error\",\"input\":\"X-1\"}]");
  }

  @Test
  void convertsWithAStaticValueOfMethod() {
    assertThat(client.get("/percent?p=15%25").send().text()).isEqualTo("15 percent");
  }

  @Test
  void convertsWithAStaticParseMethodInAHeader() {
    assertThat(client.get("/version").header("X-Version", "2.1").send().text()).isEqualTo("v2.1");
  }

  @Test
  void convertsEveryItemOfAListWithAStaticFromMethod() {
    assertThat(client.get("/regions?region=eu&region=us").send().text()).isEqualTo("EU,US");
  }
}

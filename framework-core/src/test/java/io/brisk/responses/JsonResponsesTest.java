package io.brisk.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.brisk.Brisk;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JsonResponsesTest {
  public record Item(String name, BigDecimal price, List<String> tags) {}

  public record Times(LocalDate date, LocalDateTime local, OffsetDateTime offset, Instant instant, Duration ttl) {}

  public record Profile(String name, Optional<String> nickname) {}

  public static class Api {
    @Get("/item")
    public Item item() {
      return new Item("Hammer", new BigDecimal("9.90"), List.of("tools", "steel"));
    }

    @Get("/items")
    public List<Item> items() {
      return List.of(new Item("a", BigDecimal.ONE, List.of()), new Item("b", BigDecimal.TEN, List.of()));
    }

    @Get("/map")
    public Map<String, Integer> map() {
      return Map.of("count", 3);
    }

    @Get("/times")
    public Times times() {
      return new Times(LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 5, 1),
          OffsetDateTime.of(2024, 2, 29, 13, 5, 1, 0, ZoneOffset.ofHours(2)),
          Instant.parse("2024-02-29T11:05:01Z"), Duration.ofSeconds(90));
    }

    @Get("/profiles/{name}")
    public Profile profile(String name) {
      return new Profile(name, name.equals("ann") ? Optional.of("annie") : Optional.empty());
    }

    @Get("/found")
    public Optional<Item> found(boolean exists) {
      return exists ? Optional.of(new Item("x", BigDecimal.ZERO, List.of())) : Optional.empty();
    }

    @Get("/number")
    public int number() {
      return 42;
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create().include(new Api()));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void writesARecordAsJson() {
    TestResponse r = client.get("/item").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).hasValue("application/json");
    assertThat(r.text()).isEqualTo("{\"name\":\"Hammer\",\"price\":9.90,\"tags\":[\"tools\",\"steel\"]}");
    assertThat(r.header("Content-Length")).hasValue(String.valueOf(r.bytes().length));
  }

  @Test
  void writesAListAsAJsonArray() {
    assertThat(client.get("/items").send().json(new TypeReference<List<Item>>() {}))
        .extracting(Item::name).containsExactly("a", "b");
  }

  @Test
  void writesAMapAsAJsonObject() {
    assertThat(client.get("/map").send().text()).isEqualTo("{\"count\":3}");
  }

  @Test
  void writesABoxedNumberAsJson() {
    TestResponse r = client.get("/number").send();

    assertThat(r.text()).isEqualTo("42");
    assertThat(r.header("Content-Type")).hasValue("application/json");
  }

  @Test
  void writesJavaTimeAsIso8601() {
    assertThat(client.get("/times").send().text()).isEqualTo("{\"date\":\"2024-02-29\",\"local\":\"2024-02-29T13:05:01\","
        + "\"offset\":\"2024-02-29T13:05:01+02:00\",\"instant\":\"2024-02-29T11:05:01Z\",\"ttl\":\"PT1M30S\"}");
  }

  @Test
  void unwrapsOptionalFields() {
    assertThat(client.get("/profiles/ann").send().text()).isEqualTo("{\"name\":\"ann\",\"nickname\":\"annie\"}");
    assertThat(client.get("/profiles/bob").send().text()).isEqualTo("{\"name\":\"bob\",\"nickname\":null}");
  }

  @Test
  void unwrapsAPresentOptionalResult() {
    assertThat(client.get("/found?exists=true").send().text()).isEqualTo("{\"name\":\"x\",\"price\":0,\"tags\":[]}");
  }

  @Test
  void answersAnEmptyOptionalResultWith404() {
    TestResponse r = client.get("/found?exists=false").send();

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"The requested resource does not exist\",\"instance\":\"/found\"}");
  }

  @Test
  void writesWithTheAppsConfiguredMapper() {
    Brisk app = Brisk.create()
        .configureJson(mapper -> mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
        .include(new Api());
    try (TestClient snake = TestClient.of(app)) {
      assertThat(snake.get("/profiles/ann").send().text()).isEqualTo("{\"name\":\"ann\",\"nickname\":\"annie\"}");
      assertThat(snake.get("/times").send().json().fieldNames()).toIterable()
          .containsExactly("date", "local", "offset", "instant", "ttl");
    }
  }
}

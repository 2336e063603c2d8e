package io.brisk.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.brisk.Brisk;
import io.brisk.ParamSource;
import io.brisk.Route;
import io.brisk.annotation.Body;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BodyParametersTest {
  public record Item(String name, double price, List<String> tags) {}

  /** The server gives the id: clients cannot send it, so it is not required. */
  public record Ticket(@JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id, String title) {
    public Ticket {
      id = id == null ? 7L : id;
    }
  }

  public static class Api {
    @Post("/items")
    public Item create(Item item) {
      return item;
    }

    @Put("/items/{id}")
    public String replace(int id, Item item, boolean notify) {
      return id + " " + item.name() + " " + notify;
    }

    @Post("/batch")
    public String batch(List<Item> items) {
      return items.size() + " items";
    }

    @Post("/counts")
    public String counts(Map<String, Integer> counts) {
      return "total " + counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Post("/names")
    public String names(@Body(description = "the names") List<String> names) {
      return String.join("+", names);
    }

    @Post("/tickets")
    public Ticket ticket(Ticket ticket) {
      return ticket;
    }

    @Post("/optional")
    public String optional(@Body(required = false) Item item) {
      return item == null ? "no item" : item.name();
    }
  }

  private static final Brisk app = Brisk.create().include(new Api());
  private static final TestClient client = TestClient.of(app);

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void readsARecordParameterFromTheJsonBody() {
    TestResponse r = client.post("/items").json(new Item("Hammer", 9.5, List.of("tools"))).send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"name\":\"Hammer\",\"price\":9.5,\"tags\":[\"tools\"]}");
  }

  @Test
  void combinesTheBodyWithPathAndQueryValues() {
    TestResponse r = client.put("/items/4?notify=yes").json(new Item("Saw", 1, List.of())).send();

    assertThat(r.text()).isEqualTo("4 Saw true");
  }

  @Test
  void readsAListOfRecordsAsTheBody() {
    TestResponse r = client.post("/batch").body("[{\"name\":\"a\",\"price\":1,\"tags\":[]},{\"name\":\"b\",\"price\":2,\"tags\":[]}]",
        "application/json").send();

    assertThat(r.text()).isEqualTo("2 items");
  }

  @Test
  void readsAMapAsTheBody() {
    assertThat(client.post("/counts").body("{\"a\":1,\"b\":2}", "application/json").send().text())
        .isEqualTo("total 3");
  }

  @Test
  void readsAnyTypeFromTheBodyWhenAnnotated() {
    assertThat(client.post("/names").body("[\"x\",\"y\"]", "application/json").send().text()).isEqualTo("x+y");
  }

  @Test
  void ignoresUnknownFields() {
    TestResponse r = client.post("/items")
        .body("{\"name\":\"Hammer\",\"price\":2,\"tags\":[],\"colour\":\"red\"}", "application/json").send();

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo("{\"name\":\"Hammer\",\"price\":2.0,\"tags\":[]}");
  }

  @Test
  void rejectsAMissingBody() {
    TestResponse r = client.post("/items").send();

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").toString())
        .isEqualTo("[{\"loc\":[\"body\"],\"msg\":\"Field required\",\"type\":\"missing\"}]");
  }

  @Test
  void rejectsAJsonNullBody() {
    TestResponse r = client.post("/items").body("null", "application/json").send();

    assertThat(r.json().at("/errors/0/type").asText()).isEqualTo("missing");
  }

  @Test
  void aReadOnlyComponentIsNeitherRequiredNorRead() {
    TestResponse absent = client.post("/tickets").body("{\"title\":\"t\"}", "application/json").send();
    TestResponse sent = client.post("/tickets").body("{\"id\":99,\"title\":\"t\"}", "application/json").send();

    assertThat(absent.status()).isEqualTo(200);
    assertThat(absent.text()).isEqualTo("{\"id\":7,\"title\":\"t\"}");
    assertThat(sent.text()).isEqualTo("{\"id\":7,\"title\":\"t\"}");
  }

  @Test
  void givesNullForAnAbsentOptionalBody() {
    assertThat(client.post("/optional").send().text()).isEqualTo("no item");
    assertThat(client.post("/optional").json(new Item("x", 1, List.of())).send().text()).isEqualTo("x");
  }

  @Test
  void describesTheBodyInTheRouteModel() {
    Route names = app.routes().stream().filter(r -> r.path().equals("/names")).findFirst().orElseThrow();
    Route replace = app.routes().stream().filter(r -> r.path().equals("/items/{id}")).findFirst().orElseThrow();

    assertThat(names.body()).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("body");
      assertThat(p.source()).isEqualTo(ParamSource.BODY);
      assertThat(p.description()).isEqualTo("the names");
      assertThat(p.required()).isTrue();
    });
    assertThat(replace.parameters()).extracting(p -> p.source())
        .containsExactly(ParamSource.PATH, ParamSource.BODY, ParamSource.QUERY);
  }
}

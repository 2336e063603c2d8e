package io.brisk.validation;

import static io.brisk.validation.Json.errors;
import static io.brisk.validation.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import io.brisk.testing.TestClient;
import io.brisk.testing.TestResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation groups: per handler or class ({@link ValidationGroups}), or per parameter ({@code @ConvertGroup}). */
class GroupsTest {
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Nullable {}

  /** Creating: the default rules, and no id. */
  public interface OnCreate extends Default {}

  /** Updating: an id. */
  public interface OnUpdate {}

  public record ItemIn(
      @Nullable @Null(groups = OnCreate.class) @NotNull(groups = OnUpdate.class) Long id,
      @NotBlank String name) {}

  @ValidationGroups({OnUpdate.class, Default.class})
  public static final class Api {
    @Post("/items")
    @ValidationGroups(OnCreate.class)
    public String create(ItemIn item) {
      return "created";
    }

    @Put("/items")
    public String replace(ItemIn item) {
      return "replaced";
    }

    @Put("/items/id-only")
    public String touch(@Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) ItemIn item) {
      return "touched";
    }
  }

  private static TestClient client;

  @BeforeAll
  static void start() {
    client = TestClient.of(Brisk.create().include(new Api()));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static TestResponse send(String method, String path, String body) {
    return client.request(method, path).body(body, "application/json").send();
  }

  @Test
  void validatesAHandlerInTheGroupsOfItsAnnotation() {
    assertThat(errors(send("POST", "/items", "{\"id\":7,\"name\":\"\"}"))).isEqualTo(json("""
        [{'loc':['body','id'],'msg':'must be null','type':'value_error','input':7},
         {'loc':['body','name'],'msg':'String should have at least 1 character','type':'string_too_short',
          'input':'','ctx':{'min_length':1}}]"""));
    assertThat(send("POST", "/items", "{\"name\":\"lamp\"}").text()).isEqualTo("created");
  }

  @Test
  void usesTheGroupsOfTheClassWhenTheMethodNamesNone() {
    assertThat(errors(send("PUT", "/items", "{\"name\":\" \"}"))).isEqualTo(json("""
        [{'loc':['body','id'],'msg':'Field required','type':'missing'},
         {'loc':['body','name'],'msg':'String should not be blank','type':'string_blank','input':' '}]"""));
    assertThat(send("PUT", "/items", "{\"id\":7,\"name\":\"lamp\"}").text()).isEqualTo("replaced");
  }

  @Test
  void convertsTheGroupOfOneParameterWithConvertGroup() {
    assertThat(errors(send("PUT", "/items/id-only", "{\"name\":\"\"}"))).isEqualTo(json("""
        [{'loc':['body','id'],'msg':'Field required','type':'missing'}]"""));
    assertThat(send("PUT", "/items/id-only", "{\"id\":1,\"name\":\"\"}").text()).isEqualTo("touched");
  }
}

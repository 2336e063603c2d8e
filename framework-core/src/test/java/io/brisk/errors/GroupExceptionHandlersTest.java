package io.brisk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.Brisk;
import io.brisk.Response;
import io.brisk.RouteGroup;
import io.brisk.annotation.Get;
import io.brisk.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GroupExceptionHandlersTest {
  public static class InnerApi {
    @Get("/inner/state")
    public String state() {
      throw new IllegalStateException("inner");
    }

    @Get("/inner/argument")
    public String argument() {
      throw new IllegalArgumentException("inner");
    }

    @Get("/inner/arithmetic")
    public String arithmetic() {
      throw new ArithmeticException("inner");
    }
  }

  public static class OuterApi {
    @Get("/outer/state")
    public String state() {
      throw new IllegalStateException("outer");
    }
  }

  public static class PlainApi {
    @Get("/plain/state")
    public String state() {
      throw new IllegalStateException("plain");
    }
  }

  private static final TestClient client = TestClient.of(Brisk.create()
      .exceptionHandler(IllegalStateException.class, (e, r) -> Response.ok("app handled " + e.getMessage()))
      .exceptionHandler(ArithmeticException.class, (e, r) -> Response.ok("app handled arithmetic"))
      .include(new PlainApi())
      .include(RouteGroup.prefix("/v1")
          .exceptionHandler(RuntimeException.class, (e, r) -> Response.ok("outer group handled " + e.getMessage()))
          .include(new OuterApi())
          .include(RouteGroup.prefix("/nested")
              .exceptionHandler(IllegalArgumentException.class, (e, r) -> Response.ok("inner group handled"))
              .include(new InnerApi()))));

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void usesTheAppHandlerForRoutesOutsideGroups() {
    assertThat(client.get("/plain/state").send().text()).isEqualTo("app handled plain");
  }

  @Test
  void usesTheGroupsHandlerBeforeTheApps() {
    // The group's RuntimeException handler wins over the app's more specific one: groups come first.
    assertThat(client.get("/v1/outer/state").send().text()).isEqualTo("outer group handled outer");
  }

  @Test
  void usesTheInnermostGroupsHandlerFirst() {
    assertThat(client.get("/v1/nested/inner/argument").send().text()).isEqualTo("inner group handled");
  }

  @Test
  void fallsBackToTheEnclosingGroupsHandler() {
    assertThat(client.get("/v1/nested/inner/state").send().text()).isEqualTo("outer group handled inner");
    assertThat(client.get("/v1/nested/inner/arithmetic").send().text()).isEqualTo("outer group handled inner");
  }
}

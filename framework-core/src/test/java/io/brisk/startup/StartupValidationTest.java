package io.brisk.startup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.Brisk;
import io.brisk.annotation.Body;
import io.brisk.annotation.Cookie;
import io.brisk.annotation.Get;
import io.brisk.annotation.Header;
import io.brisk.annotation.Path;
import io.brisk.annotation.Post;
import io.brisk.annotation.Query;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Declaration mistakes stop the app when its route model is built, naming the class and method. */
class StartupValidationTest {
  private static final String HERE = StartupValidationTest.class.getName();

  public static class UnknownVariable {
    @Get("/items/{id}")
    public String read(int id, @Path("itemId") int other) {
      return "";
    }
  }

  public static class UnboundVariable {
    @Get("/items/{itemId}")
    public String read(int id) {
      return "";
    }
  }

  public static final class Unconvertible {
    Unconvertible(String text) {}
  }

  public static class NoConverter {
    @Get("/items")
    public String list(@Query Unconvertible filter) {
      return "";
    }
  }

  public static class Colliding {
    @Get("/items/{id}")
    public String byId(int id) {
      return "";
    }

    @Get("/items/{name}")
    public String byName(String name) {
      return "";
    }

    public static class Single {
      @Get("/single")
      public String single() {
        return "";
      }
    }
  }

  public record Item(String name) {}

  public static class TwoBodies {
    @Post("/items")
    public String create(Item first, Item second) {
      return "";
    }
  }

  public static class StaticHandler {
    @Get("/static")
    public static String handler() {
      return "";
    }
  }

  public static class NoRoutes {
    public String notAHandler() {
      return "";
    }
  }

  public static class BadDefault {
    @Get("/items")
    public String list(@Query(defaultValue = "ten") int limit) {
      return "";
    }
  }

  public static class TwoSources {
    @Get("/items")
    public String list(@Query @Header String token) {
      return "";
    }
  }

  public static class CookieList {
    @Get("/items")
    public String list(@Cookie List<String> ids) {
      return "";
    }
  }

  public static class OptionalPathVariable {
    @Get("/items/{id}")
    public String read(Optional<Integer> id) {
      return "";
    }
  }

  public static class CatchAllInTheMiddle {
    @Get("/files/{*path}/meta")
    public String meta(String path) {
      return "";
    }
  }

  public static class PartialSegment {
    @Get("/files/v{version}")
    public String file(String version) {
      return "";
    }
  }

  public static class RepeatedVariable {
    @Get("/a/{id}/b/{id}")
    public String read(String id) {
      return "";
    }
  }

  public static class BodyAndBody {
    @Post("/items")
    public String create(Item item, @Body List<String> tags) {
      return "";
    }
  }

  @Test
  void rejectsAParameterReadingAnUnknownPathVariable() {
    assertFailsToBuild(new UnknownVariable(), HERE + "$UnknownVariable.read, parameter 'other' reads path variable"
        + " 'itemId', but the path has only [id]");
  }

  @Test
  void rejectsAPathVariableWithoutAParameter() {
    assertFailsToBuild(new UnboundVariable(), HERE + "$UnboundVariable.read: path variable '{itemId}' of"
        + " /items/{itemId} has no parameter; add one named 'itemId' or annotated @Path(\"itemId\")");
  }

  @Test
  void rejectsATypeWithNoConverter() {
    assertFailsToBuild(new NoConverter(), HERE + "$NoConverter.list, parameter 'filter': no converter for type "
        + HERE + "$Unconvertible (register one with app.converter(Unconvertible.class, ...), give the type a static"
        + " of/valueOf/parse/from(String) method, or annotate the parameter @Body)");
  }

  @Test
  void rejectsTwoRoutesThatCollide() {
    assertFailsToBuild(new Colliding(), "Two routes answer GET /items/{name}: " + HERE + "$Colliding.byId and "
        + HERE + "$Colliding.byName");
  }

  @Test
  void rejectsTheSameRouteIncludedTwice() {
    Brisk app = Brisk.create().include(new Colliding.Single()).include(new Colliding.Single());

    assertThatThrownBy(app::routes).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Two routes answer GET /single: ");
  }

  @Test
  void rejectsTwoBodyParameters() {
    assertFailsToBuild(new TwoBodies(), HERE + "$TwoBodies.create has two body parameters, 'first' and 'second';"
        + " a request has one body: wrap them in one record");
  }

  @Test
  void rejectsAnInferredAndAnAnnotatedBodyTogether() {
    assertFailsToBuild(new BodyAndBody(), HERE + "$BodyAndBody.create has two body parameters, 'item' and 'tags';"
        + " a request has one body: wrap them in one record");
  }

  @Test
  void rejectsAStaticHandler() {
    assertFailsToBuild(new StaticHandler(), HERE + "$StaticHandler.handler is static; handlers are instance methods");
  }

  @Test
  void rejectsAnIncludedObjectWithoutRoutes() {
    assertFailsToBuild(new NoRoutes(), HERE + "$NoRoutes has no public method annotated @Get, @Post, @Put, @Patch,"
        + " @Delete, @Head or @Options, so including it adds no route");
  }

  @Test
  void rejectsADefaultThatDoesNotConvert() {
    assertFailsToBuild(new BadDefault(), HERE + "$BadDefault.list, parameter 'limit': the default 'ten' is not a valid int");
  }

  @Test
  void rejectsTwoSourceAnnotationsOnOneParameter() {
    assertFailsToBuild(new TwoSources(), HERE + "$TwoSources.list, parameter 'token' has more than one source annotation");
  }

  @Test
  void rejectsACookieCollection() {
    assertFailsToBuild(new CookieList(), HERE + "$CookieList.list, parameter 'ids': a cookie has one value, so it cannot be a List");
  }

  @Test
  void rejectsAnOptionalPathVariable() {
    assertFailsToBuild(new OptionalPathVariable(), HERE + "$OptionalPathVariable.read, parameter 'id': a path variable"
        + " is always present, so it cannot be Optional");
  }

  @Test
  void rejectsACatchAllBeforeTheLastSegment() {
    assertFailsToBuild(new CatchAllInTheMiddle(), HERE + "$CatchAllInTheMiddle.meta: path '/files/{*path}/meta':"
        + " the catch-all '{*path}' must be the last segment");
  }

  @Test
  void rejectsAVariableThatIsNotAWholeSegment() {
    assertFailsToBuild(new PartialSegment(), HERE + "$PartialSegment.file: path '/files/v{version}': a variable must"
        + " be a whole segment, as in '/{name}', not 'v{version}'");
  }

  @Test
  void rejectsARepeatedVariable() {
    assertFailsToBuild(new RepeatedVariable(), HERE + "$RepeatedVariable.read: path '/a/{id}/b/{id}' repeats variable 'id'");
  }

  @Test
  void failsTheStartWithTheSameMessage() {
    Brisk app = Brisk.create().include(new TwoBodies());
    app.options().banner(false).shutdownHook(false);

    assertThatThrownBy(() -> app.start(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("$TwoBodies.create has two body parameters");
  }

  private static void assertFailsToBuild(Object handler, String message) {
    Brisk app = Brisk.create().include(handler);

    assertThatThrownBy(app::routes).isInstanceOf(IllegalStateException.class).hasMessage(message);
  }
}

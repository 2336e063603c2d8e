package io.brisk.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.HttpMethod;
import io.brisk.TrailingSlash;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static RouteTable<String> table(TrailingSlash policy, String... templates) {
    RouteTable<String> t = new RouteTable<>(policy);
    for (String template : templates) {
      t.add(HttpMethod.GET, PathTemplate.parse(template), template, template);
    }
    return t;
  }

  private static RouteTable<String> table(String... templates) {
    return table(TrailingSlash.STRICT, templates);
  }

  /** The template matched and its variable values, or "none". */
  private static String match(RouteTable<String> t, String path) {
    RouteMatch<String> m = t.match(path);
    if (m.endpoint() == null) {
      return m.redirectPath() == null ? "none" : "redirect " + m.redirectPath();
    }
    return m.endpoint().get(HttpMethod.GET) + " " + String.join("|", m.pathValues());
  }

  @Test
  void findsAStaticPath() {
    assertThat(match(table("/a/b", "/a/c"), "/a/c")).isEqualTo("/a/c ");
  }

  @Test
  void findsTheRoot() {
    assertThat(match(table("/", "/a"), "/")).isEqualTo("/ ");
  }

  @Test
  void prefersAStaticPathToAVariable() {
    assertThat(match(table("/users/{id}", "/users/me"), "/users/me")).isEqualTo("/users/me ");
  }

  @Test
  void prefersALiteralSegmentToAVariableInsideTheTrie() {
    RouteTable<String> t = table("/a/{x}/c", "/a/b/{y}");

    assertThat(match(t, "/a/b/c")).isEqualTo("/a/b/{y} c");
    assertThat(match(t, "/a/z/c")).isEqualTo("/a/{x}/c z");
  }

  @Test
  void backtracksToAVariableWhenTheLiteralBranchFails() {
    RouteTable<String> t = table("/a/b/d", "/a/{x}/c");

    assertThat(match(t, "/a/b/c")).isEqualTo("/a/{x}/c b");
  }

  @Test
  void backtracksToACatchAllWhenAVariableBranchFails() {
    RouteTable<String> t = table("/f/{name}/meta", "/f/{*rest}");

    assertThat(match(t, "/f/x/meta")).isEqualTo("/f/{name}/meta x");
    assertThat(match(t, "/f/x/data")).isEqualTo("/f/{*rest} x/data");
    assertThat(match(t, "/f/x")).isEqualTo("/f/{*rest} x");
  }

  @Test
  void collectsVariablesInTemplateOrder() {
    assertThat(match(table("/u/{user}/p/{post}/{*rest}"), "/u/1/p/2/x/y")).isEqualTo("/u/{user}/p/{post}/{*rest} 1|2|x/y");
  }

  @Test
  void doesNotMatchAnEmptySegmentToAVariable() {
    assertThat(match(table("/a/{x}/b"), "/a//b")).isEqualTo("none");
  }

  @Test
  void decodesVariableValues() {
    assertThat(match(table("/a/{x}"), "/a/J%C3%BCrgen%20M")).isEqualTo("/a/{x} Jürgen M");
  }

  @Test
  void keepsAnEncodedSlashInsideOneVariable() {
    assertThat(match(table("/a/{x}"), "/a/b%2Fc")).isEqualTo("/a/{x} b/c");
  }

  @Test
  void matchesAnEncodedRequestAgainstAStaticPath() {
    assertThat(match(table("/caf\u00e9"), "/caf%C3%A9")).isEqualTo("/café ");
  }

  @Test
  void doesNotMatchAnEncodedSlashAgainstAStaticPath() {
    assertThat(match(table("/a/b"), "/a%2Fb")).isEqualTo("none");
  }

  @Test
  void rejectsAnInvalidEscapeInTheRequestPath() {
    assertThatThrownBy(() -> table("/a/{x}").match("/a/%zz")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid percent-escape in '%zz'");
  }

  @Test
  void rejectsTwoRoutesWithTheSameShape() {
    RouteTable<String> t = table("/a/{x}");

    assertThatThrownBy(() -> t.add(HttpMethod.GET, PathTemplate.parse("/a/{y}"), "second", "Api.second"))
        .isInstanceOf(IllegalStateException.class).hasMessage("Two routes answer GET /a/{y}: /a/{x} and Api.second");
  }

  @Test
  void acceptsTheSameShapeForAnotherMethod() {
    RouteTable<String> t = table("/a/{x}");
    t.add(HttpMethod.POST, PathTemplate.parse("/a/{y}"), "post", "Api.post");

    assertThat(t.match("/a/1").endpoint().get(HttpMethod.POST)).isEqualTo("post");
  }

  @Test
  void redirectsToTheOtherSlashFormUnderRedirect() {
    RouteTable<String> t = table(TrailingSlash.REDIRECT, "/a", "/b/", "/c/{x}");

    assertThat(match(t, "/a/")).isEqualTo("redirect /a");
    assertThat(match(t, "/b")).isEqualTo("redirect /b/");
    assertThat(match(t, "/c/1/")).isEqualTo("redirect /c/1");
    assertThat(match(t, "/d/")).isEqualTo("none");
  }

  @Test
  void servesTheOtherSlashFormUnderIgnore() {
    RouteTable<String> t = table(TrailingSlash.IGNORE, "/a", "/c/{x}");

    assertThat(match(t, "/a/")).isEqualTo("/a ");
    assertThat(match(t, "/c/1/")).isEqualTo("/c/{x} 1");
  }

  @Test
  void missesTheOtherSlashFormUnderStrict() {
    assertThat(match(table(TrailingSlash.STRICT, "/a"), "/a/")).isEqualTo("none");
  }

  @Test
  void tellsApartSegmentsWithTheSameHash() {
    // "Aa" and "BB" have the same String.hashCode.
    RouteTable<String> t = table("/Aa", "/BB", "/k/Aa/{x}", "/k/BB/{x}");

    assertThat(match(t, "/Aa")).isEqualTo("/Aa ");
    assertThat(match(t, "/BB")).isEqualTo("/BB ");
    assertThat(match(t, "/k/Aa/1")).isEqualTo("/k/Aa/{x} 1");
    assertThat(match(t, "/k/BB/2")).isEqualTo("/k/BB/{x} 2");
    assertThat(match(t, "/k/AB/3")).isEqualTo("none");
  }

  @Test
  void findsEveryRouteOfALargeTable() {
    RouteTable<String> t = new RouteTable<>(TrailingSlash.STRICT);
    for (int i = 0; i < 1000; i++) {
      t.add(HttpMethod.GET, PathTemplate.parse("/r" + i), "static " + i, "s" + i);
      t.add(HttpMethod.GET, PathTemplate.parse("/r" + i + "/{id}/p" + i), "template " + i, "t" + i);
    }

    for (int i = 0; i < 1000; i++) {
      assertThat(t.match("/r" + i).endpoint().get(HttpMethod.GET)).isEqualTo("static " + i);
      RouteMatch<String> m = t.match("/r" + i + "/x" + i + "/p" + i);
      assertThat(m.endpoint().get(HttpMethod.GET)).isEqualTo("template " + i);
      assertThat(m.pathValues()).containsExactly("x" + i);
    }
    assertThat(t.match("/r1000").endpoint()).isNull();
    assertThat(t.match("/r1/x/p2").endpoint()).isNull();
  }

  @Test
  void doesNotMatchAPrefixOfALiteralSegment() {
    RouteTable<String> t = table("/a/bc/d", "/a/b/{x}", "/abc");

    assertThat(match(t, "/a/b/d")).isEqualTo("/a/b/{x} d");
    assertThat(match(t, "/a/bcd/d")).isEqualTo("none");
    assertThat(match(t, "/ab")).isEqualTo("none");
  }

  @Test
  void keepsATrailingSlashInACatchAllValue() {
    assertThat(match(table("/f/{*rest}"), "/f/x/")).isEqualTo("/f/{*rest} x/");
    assertThat(match(table("/f/{*rest}"), "/f/")).isEqualTo("/f/{*rest} ");
  }

  @Test
  void appliesTheSlashPolicyToACatchAll() {
    assertThat(match(table(TrailingSlash.REDIRECT, "/f/{*rest}"), "/f")).isEqualTo("redirect /f/");
    assertThat(match(table(TrailingSlash.IGNORE, "/f/{*rest}"), "/f")).isEqualTo("/f/{*rest} ");
    assertThat(match(table(TrailingSlash.IGNORE, "/f/{x}/{*rest}"), "/f/a")).isEqualTo("/f/{x}/{*rest} a|");
  }

  @Test
  void appliesTheSlashPolicyToAnEmptySegment() {
    RouteTable<String> t = table(TrailingSlash.IGNORE, "/a//b", "/c/{x}/");

    assertThat(match(t, "/a//b/")).isEqualTo("/a//b ");
    assertThat(match(t, "/c/1")).isEqualTo("/c/{x}/ 1");
    assertThat(match(t, "/c//")).isEqualTo("none");
  }

  @Test
  void appliesTheSlashPolicyToAnEncodedPath() {
    RouteTable<String> t = table(TrailingSlash.REDIRECT, "/a/{x}");

    assertThat(match(t, "/a/b%20c/")).isEqualTo("redirect /a/b%20c");
  }
}

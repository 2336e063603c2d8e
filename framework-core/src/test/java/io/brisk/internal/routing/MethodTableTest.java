package io.brisk.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.brisk.HttpMethod;
import org.junit.jupiter.api.Test;

class MethodTableTest {
  @Test
  void findsTheRouteOfAMethod() {
    MethodTable<String> t = new MethodTable<>();
    t.put(HttpMethod.GET, "get route");

    assertThat(t.get(HttpMethod.GET)).isEqualTo("get route");
    assertThat(t.get(HttpMethod.POST)).isNull();
  }

  @Test
  void refusesASecondRouteForTheSameMethod() {
    MethodTable<String> t = new MethodTable<>();

    assertThat(t.put(HttpMethod.PUT, "first")).isTrue();
    assertThat(t.put(HttpMethod.PUT, "second")).isFalse();
    assertThat(t.get(HttpMethod.PUT)).isEqualTo("first");
  }

  @Test
  void allowsHeadWithGetAndOptionsAlways() {
    MethodTable<String> t = new MethodTable<>();
    t.put(HttpMethod.DELETE, "d");
    assertThat(t.allow()).isEqualTo("DELETE, OPTIONS");

    t.put(HttpMethod.GET, "g");
    assertThat(t.allow()).isEqualTo("GET, DELETE, HEAD, OPTIONS");
  }

  @Test
  void listsADeclaredHeadOnce() {
    MethodTable<String> t = new MethodTable<>();
    t.put(HttpMethod.GET, "g");
    t.put(HttpMethod.HEAD, "h");
    t.put(HttpMethod.OPTIONS, "o");

    assertThat(t.allow()).isEqualTo("GET, HEAD, OPTIONS");
  }
}

package io.brisk.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-prefix documents: built once per prefix, in a cache that stays small. */
class OpenApiDocumentTest {
  private final List<String> built = new ArrayList<>();
  private final OpenApiDocument document = new OpenApiDocument();

  private OpenApiDocument.Rendered render(String prefix) {
    built.add(prefix);
    byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
    return new OpenApiDocument.Rendered(bytes, () -> bytes);
  }

  @Test
  void failsUntilTheRouteModelIsBuilt() {
    assertThat(document.ready()).isFalse();
    assertThatThrownBy(document::main).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> document.underPrefix("/a")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void buildsEachPrefixOnceAndServesTheMainDocumentWithoutOne() {
    OpenApiDocument.Rendered main = render("");
    document.set(main, this::render);

    OpenApiDocument.Rendered a = document.underPrefix("/a");

    assertThat(document.underPrefix("")).isSameAs(main);
    assertThat(document.underPrefix("/a")).isSameAs(a);
    assertThat(new String(a.json(), StandardCharsets.UTF_8)).isEqualTo("/a");
    assertThat(built).containsExactly("", "/a");
  }

  @Test
  void keepsAtMostTheBoundAndDropsTheLeastRecentlyUsed() {
    document.set(render(""), this::render);
    for (int i = 0; i < OpenApiDocument.MAX_PREFIXES; i++) {
      document.underPrefix("/p" + i);
    }
    document.underPrefix("/p0"); // used again: /p1 is now the eldest

    document.underPrefix("/new");
    document.underPrefix("/p0");
    document.underPrefix("/p1");

    assertThat(document.cachedPrefixes()).isEqualTo(OpenApiDocument.MAX_PREFIXES);
    assertThat(built.stream().filter("/p0"::equals)).hasSize(1);
    assertThat(built.stream().filter("/p1"::equals)).hasSize(2);
  }
}

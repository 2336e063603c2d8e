package io.brisk.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brisk.internal.routing.PathTemplate.Kind;
import io.brisk.internal.routing.PathTemplate.Segment;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  @Test
  void splitsATemplateIntoLiteralsVariablesAndACatchAll() {
    PathTemplate t = PathTemplate.parse("/users/{id}/files/{*rest}");

    assertThat(t.segments()).containsExactly(new Segment("users", Kind.LITERAL), new Segment("id", Kind.VARIABLE),
        new Segment("files", Kind.LITERAL), new Segment("rest", Kind.CATCH_ALL));
    assertThat(t.variables()).containsExactly("id", "rest");
    assertThat(t.isStatic()).isFalse();
  }

  @Test
  void parsesTheRootAsNoSegments() {
    PathTemplate root = PathTemplate.parse("/");

    assertThat(root.segments()).isEmpty();
    assertThat(root.isStatic()).isTrue();
    assertThat(root.shape()).isEqualTo("/");
  }

  @Test
  void keepsATrailingSlashAsAnEmptyLiteral() {
    assertThat(PathTemplate.parse("/dir/").segments())
        .containsExactly(new Segment("dir", Kind.LITERAL), new Segment("", Kind.LITERAL));
  }

  @Test
  void erasesVariableNamesInItsShape() {
    assertThat(PathTemplate.parse("/a/{x}/b/{*y}").shape()).isEqualTo("/a/{}/b/{*}");
    assertThat(PathTemplate.parse("/a/{other}/b/{*rest}").shape()).isEqualTo("/a/{}/b/{*}");
  }

  @Test
  void rejectsAPathNotStartingWithASlash() {
    assertThatThrownBy(() -> PathTemplate.parse("items")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path 'items' must start with '/'");
  }

  @Test
  void rejectsAnInvalidVariableName() {
    assertThatThrownBy(() -> PathTemplate.parse("/a/{1x}")).hasMessage("path '/a/{1x}' has an invalid variable '{1x}'");
    assertThatThrownBy(() -> PathTemplate.parse("/a/{}")).hasMessage("path '/a/{}' has an invalid variable '{}'");
  }

  @Test
  void rejectsARepeatedVariable() {
    assertThatThrownBy(() -> PathTemplate.parse("/{a}/{a}")).hasMessage("path '/{a}/{a}' repeats variable 'a'");
  }

  @Test
  void rejectsACatchAllThatIsNotLast() {
    assertThatThrownBy(() -> PathTemplate.parse("/{*a}/b"))
        .hasMessage("path '/{*a}/b': the catch-all '{*a}' must be the last segment");
  }

  @Test
  void rejectsAVariableInsideASegment() {
    assertThatThrownBy(() -> PathTemplate.parse("/file.{ext}"))
        .hasMessage("path '/file.{ext}': a variable must be a whole segment, as in '/{name}', not 'file.{ext}'");
  }
}

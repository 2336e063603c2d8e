package io.brisk.openapi.internal.javadoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTextTest {
  @Test
  void splitsTheMainTextFromParamAndReturnTags() {
    JavadocText t = JavadocText.parse("""
         Reads an item.
        
         <p>Uses the {@code cache} first, see {@link ItemRepository#find}.
        
         @param itemId the item's
             id
         @param <T> a type
         @return the item
         @throws HttpException when missing
        """);
    assertThat(t.main()).isEqualTo("Reads an item.\n\nUses the `cache` first, see `ItemRepository.find`.");
    assertThat(t.params()).isEqualTo(Map.of("itemId", "the item's\nid"));
    assertThat(t.returns()).isEqualTo("the item");
  }

  @Test
  void turnsCommonHtmlAndInlineTagsIntoMarkdown() {
    assertThat(JavadocText.markdown("A <em>big</em> <strong>deal</strong> &lt;T&gt; {@literal a<b} {@link #x the x}"))
        .isEqualTo("A *big* **deal** <T> a<b the x");
    assertThat(JavadocText.markdown("List:<ul><li>one</li><li>two</li></ul>Done.")).isEqualTo("List:\n\n- one\n- two\n\nDone.");
    assertThat(JavadocText.markdown("{@code Map<String, {x}>}")).isEqualTo("`Map<String, {x}>`");
  }
}

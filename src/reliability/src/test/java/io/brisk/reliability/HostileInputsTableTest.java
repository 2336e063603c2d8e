package io.brisk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Renders the table of every hostile input the suite sent, to target/reliability/hostile-inputs.md,
 * and checks that docs/reliability.md shows the same table; runs after every case (class order).
 * {@code -Dbrisk.updateDocs=true} rewrites the docs' table instead.
 */
@Order(Integer.MAX_VALUE)
class HostileInputsTableTest {
  private static final String REGENERATE = "./mvnw verify -pl src/reliability -am -Dbrisk.updateDocs=true"
      + " -Dtest='io/brisk/reliability/**' -Dsurefire.failIfNoSpecifiedTests=false";

  @Test
  void docsShowTheAnswersTheServerGave() throws Exception {
    List<Row> rows = HostileInputs.rows();
    assertThat(rows).as("rows recorded: run this class with the whole suite, not alone").hasSizeGreaterThanOrEqualTo(40);
    String table = HostileInputs.table(rows);
    Path rendered = Path.of(System.getProperty("brisk.reliabilityTable", "target/reliability/hostile-inputs.md"));
    Files.createDirectories(rendered.getParent());
    Files.writeString(rendered, table, StandardCharsets.UTF_8);

    Path docs = Path.of(System.getProperty("brisk.reliabilityDoc", "../../docs/reliability.md"));
    String page = Files.readString(docs, StandardCharsets.UTF_8);
    int begin = page.indexOf(HostileInputs.BEGIN);
    int end = page.indexOf(HostileInputs.END);
    assertThat(begin).as("%s in %s", HostileInputs.BEGIN, docs).isNotNegative();
    assertThat(end).as("%s in %s", HostileInputs.END, docs).isGreaterThan(begin);
    String documented = page.substring(begin + HostileInputs.BEGIN.length(), end);
    String expected = "\n" + table;
    if (Boolean.getBoolean("brisk.updateDocs")) {
      Files.writeString(docs, page.substring(0, begin + HostileInputs.BEGIN.length()) + expected + page.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(documented)
        .as("The hostile-input table of %s differs from what the server answered (see %s). Regenerate it with: %s",
            docs, rendered, REGENERATE)
        .isEqualTo(expected);
  }
}

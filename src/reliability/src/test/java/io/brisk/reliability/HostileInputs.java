package io.brisk.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects what each hostile-input case observed, for the table of docs/reliability.md. Cases
 * record before they assert, so the table shows what the server does, not what the test hoped.
 */
final class HostileInputs {
  static final String BEGIN = "<!-- hostile-inputs:begin -->";
  static final String END = "<!-- hostile-inputs:end -->";

  private static final Map<String, Row> ROWS = new ConcurrentHashMap<>();

  private HostileInputs() {}

  static void record(Row row) {
    Row previous = ROWS.putIfAbsent(row.category() + "/" + row.name(), row);
    if (previous != null && !previous.equals(row)) {
      throw new IllegalStateException("Two cases are named '" + row.name() + "'");
    }
  }

  /** The rows so far: by category, then by name, so that the table never depends on test order. */
  static List<Row> rows() {
    List<Row> rows = new ArrayList<>(ROWS.values());
    rows.sort(Comparator.comparing(Row::category).thenComparing(Row::name));
    return rows;
  }

  /** The Markdown table of the rows, ending with a line feed. */
  static String table(List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append("| Category | Case | Sent | Answer | Connection | Problem |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ").append(cell(r.category().title))
          .append(" | ").append(cell(r.name()))
          .append(" | ").append(cell(r.sent()))
          .append(" | ").append(cell(r.answer()))
          .append(" | ").append(cell(r.connection()))
          .append(" | ").append(cell(r.problem()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}

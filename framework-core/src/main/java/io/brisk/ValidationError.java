package io.brisk;

import java.util.List;
import java.util.Map;

/**
 * One problem with a request's input, as listed in a 422 answer.
 *
 * @param loc where: the source ({@code "query"}, {@code "path"}, {@code "body"}...) then the field
 *     path, list indexes as integers, for example {@code ["body", "tags", 2]}
 * @param msg a human sentence
 * @param type a stable machine code such as {@code missing} or {@code int_parsing}
 * @param input the offending value, or {@code null} when absent or redacted
 * @param ctx bounds or other facts about the rule, empty when none
 */
public record ValidationError(
    List<Object> loc, String msg, String type, Object input, Map<String, Object> ctx) {

  /** Creates an error, copying the lists defensively. */
  public ValidationError {
    loc = List.copyOf(loc);
    ctx = ctx == null ? Map.of() : Map.copyOf(ctx);
  }

  /** An error without context. */
  public static ValidationError of(List<Object> loc, String msg, String type, Object input) {
    return new ValidationError(loc, msg, type, input, Map.of());
  }
}

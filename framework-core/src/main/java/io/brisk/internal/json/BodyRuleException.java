package io.brisk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;

/**
 * A JSON body breaks one of Brisk's reading rules (a required record component absent or
 * {@code null}, a set with repeated items). It may list several problems of one object at once;
 * Jackson prepends the path to that object as the exception travels up, and each problem adds its
 * own key (a component name) below it.
 */
public final class BodyRuleException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Rule {
    /** A required component is absent. */
    MISSING,
    /** A required component is {@code null}. */
    NULL,
    /** A set has repeated items. */
    SET_NOT_UNIQUE
  }

  /**
   * One problem.
   *
   * @param rule the rule broken
   * @param key the component name below the exception's path, or {@code null} for the path itself
   * @param targetType the expected Java type (for the message of {@link Rule#NULL})
   * @param input the offending value, or {@code null}
   */
  public record Problem(Rule rule, String key, Class<?> targetType, Object input) {}

  private final transient List<Problem> problems;

  /** An exception listing problems found at the parser's current position. */
  public BodyRuleException(JsonParser p, List<Problem> problems) {
    super(p, describe(problems), (Class<?>) null);
    this.problems = List.copyOf(problems);
  }

  /** The problems, in component order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(sb.isEmpty() ? "" : ", ").append(p.rule());
      if (p.key() != null) {
        sb.append(' ').append(p.key());
      }
    }
    return sb.toString();
  }
}

package io.brisk.internal.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed route path such as {@code /users/{id}/files/{*rest}}: literal segments, whole-segment
 * variables, and an optional final catch-all.
 */
public record PathTemplate(String text, List<Segment> segments) {

  /** One path segment of a template. */
  public record Segment(String value, Kind kind) {}

  /** What a segment matches. */
  public enum Kind {
    LITERAL,
    VARIABLE,
    CATCH_ALL
  }

  /** Parses a template; throws {@link IllegalArgumentException} naming the problem. */
  public static PathTemplate parse(String text) {
    if (text.isEmpty() || text.charAt(0) != '/') {
      throw new IllegalArgumentException("path '" + text + "' must start with '/'");
    }
    List<Segment> segments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String[] parts = text.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (text.equals("/")) {
        break;
      }
      if (part.startsWith("{") && part.endsWith("}")) {
        boolean catchAll = part.startsWith("{*");
        String name = part.substring(catchAll ? 2 : 1, part.length() - 1);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw new IllegalArgumentException("path '" + text + "' has an invalid variable '" + part + "'");
        }
        if (names.contains(name)) {
          throw new IllegalArgumentException("path '" + text + "' repeats variable '" + name + "'");
        }
        if (catchAll && i != parts.length - 1) {
          throw new IllegalArgumentException(
              "path '" + text + "': the catch-all '{*" + name + "}' must be the last segment");
        }
        names.add(name);
        segments.add(new Segment(name, catchAll ? Kind.CATCH_ALL : Kind.VARIABLE));
      } else if (part.contains("{") || part.contains("}")) {
        throw new IllegalArgumentException(
            "path '" + text + "': a variable must be a whole segment, as in '/{name}', not '" + part + "'");
      } else {
        segments.add(new Segment(part, Kind.LITERAL));
      }
    }
    return new PathTemplate(text, List.copyOf(segments));
  }

  /** The variable names, in path order (the catch-all included). */
  public List<String> variables() {
    return segments.stream().filter(s -> s.kind() != Kind.LITERAL).map(Segment::value).toList();
  }

  /** Whether the template has no variables. */
  public boolean isStatic() {
    return segments.stream().allMatch(s -> s.kind() == Kind.LITERAL);
  }

  /** The template with variable names erased, so that two routes that would collide compare equal. */
  public String shape() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      sb.append('/').append(switch (s.kind()) {
        case LITERAL -> s.value();
        case VARIABLE -> "{}";
        case CATCH_ALL -> "{*}";
      });
    }
    return sb.isEmpty() ? "/" : sb.toString();
  }
}

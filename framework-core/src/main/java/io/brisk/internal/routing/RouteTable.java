package io.brisk.internal.routing;

import io.brisk.HttpMethod;
import io.brisk.TrailingSlash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the routes of a request path: static paths in a hash map (a hit allocates nothing), paths
 * with variables in a segment trie where, at each level, a literal segment wins over a variable
 * and a variable over a catch-all, with backtracking.
 *
 * <p>Built once at start-up, then only read: safe for concurrent lookups.
 *
 * @param <R> the route type stored
 */
public final class RouteTable<R> {
  private final Map<String, MethodTable<R>> staticPaths = new HashMap<>();
  private final Node<R> root = new Node<>();
  private final Map<String, String> shapes = new HashMap<>();
  private final TrailingSlash trailingSlash;

  /** An empty table applying a trailing-slash policy. */
  public RouteTable(TrailingSlash trailingSlash) {
    this.trailingSlash = trailingSlash;
  }

  private static final class Node<R> {
    final Map<String, Node<R>> literals = new HashMap<>();
    Node<R> variable;
    MethodTable<R> catchAll;
    MethodTable<R> endpoint;
  }

  /**
   * Adds a route; throws {@link IllegalStateException} when a route with the same method and an
   * equivalent template exists (naming both).
   */
  public void add(HttpMethod method, PathTemplate template, R route, String description) {
    String key = method + " " + template.shape();
    String previous = shapes.putIfAbsent(key, description);
    if (previous != null) {
      throw new IllegalStateException(
          "Two routes answer " + method + " " + template.text() + ": " + previous + " and " + description);
    }
    MethodTable<R> table;
    if (template.isStatic()) {
      table = staticPaths.computeIfAbsent(template.text(), k -> new MethodTable<>());
    } else {
      Node<R> node = root;
      table = null;
      for (PathTemplate.Segment s : template.segments()) {
        switch (s.kind()) {
          case LITERAL -> node = node.literals.computeIfAbsent(s.value(), k -> new Node<>());
          case VARIABLE -> {
            if (node.variable == null) {
              node.variable = new Node<>();
            }
            node = node.variable;
          }
          case CATCH_ALL -> {
            if (node.catchAll == null) {
              node.catchAll = new MethodTable<>();
            }
            table = node.catchAll;
          }
        }
      }
      if (table == null) {
        if (node.endpoint == null) {
          node.endpoint = new MethodTable<>();
        }
        table = node.endpoint;
      }
    }
    table.put(method, route);
  }

  /**
   * Looks up a raw (still percent-encoded) request path.
   *
   * @throws IllegalArgumentException when the path has invalid percent-encoding or UTF-8
   */
  public RouteMatch<R> match(String rawPath) {
    RouteMatch<R> exact = matchExact(rawPath);
    if (exact.endpoint() != null || trailingSlash == TrailingSlash.STRICT || rawPath.equals("/")) {
      return exact;
    }
    String other = rawPath.endsWith("/")
        ? rawPath.substring(0, rawPath.length() - 1)
        : rawPath + "/";
    RouteMatch<R> alternative = matchExact(other);
    if (alternative.endpoint() == null) {
      return exact;
    }
    if (trailingSlash == TrailingSlash.IGNORE) {
      return alternative;
    }
    return new RouteMatch<>(null, RouteMatch.NO_VALUES, other);
  }

  private RouteMatch<R> matchExact(String rawPath) {
    boolean encoded = !PercentDecoder.isPlain(rawPath);
    if (!encoded) {
      MethodTable<R> hit = staticPaths.get(rawPath);
      if (hit != null) {
        return new RouteMatch<>(hit, RouteMatch.NO_VALUES, null);
      }
    }
    String[] segments = segments(rawPath);
    if (encoded) {
      boolean slashInside = false;
      for (String s : segments) {
        slashInside |= s.indexOf('/') >= 0;
      }
      if (!slashInside) {
        MethodTable<R> hit = staticPaths.get("/" + String.join("/", segments));
        if (hit != null) {
          return new RouteMatch<>(hit, RouteMatch.NO_VALUES, null);
        }
      }
    }
    List<String> values = new ArrayList<>(4);
    MethodTable<R> found = find(root, segments, 0, values);
    if (found == null) {
      return new RouteMatch<>(null, RouteMatch.NO_VALUES, null);
    }
    return new RouteMatch<>(found, values.toArray(String[]::new), null);
  }

  private MethodTable<R> find(Node<R> node, String[] segments, int index, List<String> values) {
    if (index == segments.length) {
      return node.endpoint;
    }
    String segment = segments[index];
    Node<R> literal = node.literals.get(segment);
    if (literal != null) {
      MethodTable<R> found = find(literal, segments, index + 1, values);
      if (found != null) {
        return found;
      }
    }
    if (node.variable != null && !segment.isEmpty()) {
      values.add(segment);
      MethodTable<R> found = find(node.variable, segments, index + 1, values);
      if (found != null) {
        return found;
      }
      values.remove(values.size() - 1);
    }
    if (node.catchAll != null) {
      values.add(String.join("/", java.util.Arrays.asList(segments).subList(index, segments.length)));
      return node.catchAll;
    }
    return null;
  }

  private static final String[] ROOT = new String[0];

  /** The decoded segments of a path, split by hand: no regex machinery, no intermediate list. */
  private static String[] segments(String rawPath) {
    if (rawPath.length() <= 1) {
      return ROOT;
    }
    int count = 1;
    for (int i = 1; i < rawPath.length(); i++) {
      if (rawPath.charAt(i) == '/') {
        count++;
      }
    }
    String[] parts = new String[count];
    int from = 1;
    for (int k = 0; k < count; k++) {
      int end = rawPath.indexOf('/', from);
      if (end < 0) {
        end = rawPath.length();
      }
      parts[k] = PercentDecoder.decode(rawPath.substring(from, end));
      from = end + 1;
    }
    return parts;
  }
}

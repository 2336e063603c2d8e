package io.brisk.internal.routing;

import io.brisk.HttpMethod;
import io.brisk.TrailingSlash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the routes of a request path: static paths in a hash map, paths with variables in a segment
 * trie where, at each level, a literal segment wins over a variable and a variable over a
 * catch-all, with backtracking.
 *
 * <p>A path without percent-escapes (nearly all of them) is matched on its characters in place: no
 * segment is cut out, a static hit or a miss allocates nothing, and a template match allocates its
 * result and the values. Every lookup is a hash of a segment and about one probe, so the cost does
 * not grow with the number of routes. Escaped paths are decoded segment by segment first.
 *
 * <p>Built once at start-up, then only read: safe for concurrent lookups.
 *
 * @param <R> the route type stored
 */
public final class RouteTable<R> {
  private final SegmentMap<RouteMatch<R>> staticPaths = new SegmentMap<>();
  private final Node<R> root = new Node<>(0);
  private final Map<String, String> shapes = new HashMap<>();
  private final TrailingSlash trailingSlash;

  /** An empty table applying a trailing-slash policy. */
  public RouteTable(TrailingSlash trailingSlash) {
    this.trailingSlash = trailingSlash;
  }

  private static final class Node<R> {
    final SegmentMap<Node<R>> literals = new SegmentMap<>();
    /** How many variables lie between the root and this node: the index of the next value. */
    final int variablesBefore;
    Node<R> variable;
    MethodTable<R> catchAll;
    MethodTable<R> endpoint;

    Node(int variablesBefore) {
      this.variablesBefore = variablesBefore;
    }
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
      // The match of a static path never changes: built once, returned to every request.
      table = staticPaths.computeIfAbsent(template.text(),
          () -> new RouteMatch<>(new MethodTable<>(), RouteMatch.NO_VALUES, null)).endpoint();
    } else {
      Node<R> node = root;
      table = null;
      for (PathTemplate.Segment s : template.segments()) {
        Node<R> parent = node;
        switch (s.kind()) {
          case LITERAL -> node = parent.literals.computeIfAbsent(s.value(), () -> new Node<>(parent.variablesBefore));
          case VARIABLE -> {
            if (node.variable == null) {
              node.variable = new Node<>(node.variablesBefore + 1);
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
    // A path without escapes is read in place; an escaped one is decoded segment by segment.
    boolean plain = PercentDecoder.isPlain(rawPath);
    RouteMatch<R> exact = plain ? matchPlain(rawPath, rawPath.length(), false) : matchExact(rawPath);
    if (exact.endpoint() != null || trailingSlash == TrailingSlash.STRICT || rawPath.equals("/")) {
      return exact;
    }
    // The other slash form: without the last '/', or with one more (read in place when plain).
    boolean slashEnded = rawPath.endsWith("/");
    RouteMatch<R> alternative;
    if (plain) {
      alternative = slashEnded
          ? matchPlain(rawPath, rawPath.length() - 1, false)
          : matchPlain(rawPath, rawPath.length(), true);
    } else {
      alternative = matchExact(otherSlashForm(rawPath, slashEnded));
    }
    if (alternative.endpoint() == null) {
      return exact;
    }
    if (trailingSlash == TrailingSlash.IGNORE) {
      return alternative;
    }
    return new RouteMatch<>(null, RouteMatch.NO_VALUES, otherSlashForm(rawPath, slashEnded));
  }

  private static String otherSlashForm(String rawPath, boolean slashEnded) {
    return slashEnded ? rawPath.substring(0, rawPath.length() - 1) : rawPath + "/";
  }

  @SuppressWarnings("unchecked")
  private static <R> RouteMatch<R> notFound() {
    return (RouteMatch<R>) RouteMatch.NOT_FOUND;
  }

  // ---- Paths without escapes: the characters of rawPath[0, end), plus one '/' when slash is set.

  private RouteMatch<R> matchPlain(String path, int end, boolean slash) {
    RouteMatch<R> hit = slash ? staticPaths.getWithSlash(path, end) : staticPaths.get(path, 0, end);
    if (hit != null) {
      return hit;
    }
    // "/" has no segment; any other path has one more segment than it has '/' after the first.
    if (end + (slash ? 1 : 0) <= 1) {
      return root.endpoint == null ? notFound() : new RouteMatch<>(root.endpoint, RouteMatch.NO_VALUES, null);
    }
    RouteMatch<R> found = find(root, path, 1, end, slash);
    return found == null ? notFound() : found;
  }

  /**
   * Matches the segment starting at {@code from} and the ones after it below {@code node}. The
   * values array is created by the route found, then filled in while the recursion unwinds.
   */
  private RouteMatch<R> find(Node<R> node, String path, int from, int end, boolean slash) {
    int virtualEnd = slash ? end + 1 : end;
    if (from > virtualEnd) {
      return node.endpoint == null ? null : new RouteMatch<>(node.endpoint, new String[node.variablesBefore], null);
    }
    int segmentEnd;
    if (from > end) {
      segmentEnd = from; // the empty segment after the added '/'
    } else {
      segmentEnd = path.indexOf('/', from);
      if (segmentEnd < 0 || segmentEnd > end) {
        segmentEnd = end;
      }
    }
    Node<R> literal = from > end ? node.literals.get("", 0, 0) : node.literals.get(path, from, segmentEnd);
    if (literal != null) {
      RouteMatch<R> found = find(literal, path, segmentEnd + 1, end, slash);
      if (found != null) {
        return found;
      }
    }
    if (node.variable != null && segmentEnd > from) {
      RouteMatch<R> found = find(node.variable, path, segmentEnd + 1, end, slash);
      if (found != null) {
        found.pathValues()[node.variablesBefore] = path.substring(from, segmentEnd);
        return found;
      }
    }
    if (node.catchAll != null) {
      String[] values = new String[node.variablesBefore + 1];
      values[node.variablesBefore] = from > end ? "" : slash ? path.substring(from, end) + "/" : path.substring(from, end);
      return new RouteMatch<>(node.catchAll, values, null);
    }
    return null;
  }

  // ---- Paths with escapes: decoded into segments first (an escaped '/' stays inside its segment).

  private RouteMatch<R> matchExact(String rawPath) {
    String[] segments = segments(rawPath);
    boolean slashInside = false;
    for (String s : segments) {
      slashInside |= s.indexOf('/') >= 0;
    }
    if (!slashInside) {
      String decoded = "/" + String.join("/", segments);
      RouteMatch<R> hit = staticPaths.get(decoded, 0, decoded.length());
      if (hit != null) {
        return hit;
      }
    }
    List<String> values = new ArrayList<>(4);
    MethodTable<R> found = find(root, segments, 0, values);
    if (found == null) {
      return notFound();
    }
    return new RouteMatch<>(found, values.toArray(String[]::new), null);
  }

  private MethodTable<R> find(Node<R> node, String[] segments, int index, List<String> values) {
    if (index == segments.length) {
      return node.endpoint;
    }
    String segment = segments[index];
    Node<R> literal = node.literals.get(segment, 0, segment.length());
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

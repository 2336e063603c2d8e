package io.brisk.internal.http;

import io.brisk.HttpException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string as a flat array of decoded names and values ({@code [n0, v0, n1, v1, ...]}):
 * requests have few parameters, so a scan beats a map, and parsing allocates only the strings.
 */
final class QueryPairs {
  private static final String[] NONE = new String[0];

  private QueryPairs() {}

  /**
   * Parses the query of a request target.
   *
   * @throws HttpException 400 for invalid percent-encoding or UTF-8
   */
  static String[] parse(String uri) {
    int start = uri.indexOf('?');
    if (start < 0 || start == uri.length() - 1) {
      return NONE;
    }
    int count = 1;
    for (int i = start + 1; i < uri.length(); i++) {
      if (uri.charAt(i) == '&') {
        count++;
      }
    }
    String[] pairs = new String[count * 2];
    int n = 0;
    int from = start + 1;
    try {
      while (from <= uri.length()) {
        int end = uri.indexOf('&', from);
        if (end < 0) {
          end = uri.length();
        }
        if (end > from) {
          int eq = uri.indexOf('=', from);
          if (eq < 0 || eq > end) {
            pairs[n++] = io.brisk.internal.routing.PercentDecoder.decodeQueryComponent(uri.substring(from, end));
            pairs[n++] = "";
          } else {
            pairs[n++] = io.brisk.internal.routing.PercentDecoder.decodeQueryComponent(uri.substring(from, eq));
            pairs[n++] = io.brisk.internal.routing.PercentDecoder.decodeQueryComponent(uri.substring(eq + 1, end));
          }
        }
        from = end + 1;
      }
    } catch (IllegalArgumentException e) {
      throw HttpException.badRequest("The query string is not valid: " + e.getMessage());
    }
    if (n == pairs.length) {
      return pairs;
    }
    String[] trimmed = new String[n];
    System.arraycopy(pairs, 0, trimmed, 0, n);
    return trimmed;
  }

  /** Every value of a name, in order; empty when absent. */
  static List<String> values(String[] pairs, String name) {
    String first = null;
    List<String> more = null;
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(name)) {
        if (first == null) {
          first = pairs[i + 1];
        } else {
          if (more == null) {
            more = new ArrayList<>();
            more.add(first);
          }
          more.add(pairs[i + 1]);
        }
      }
    }
    if (more != null) {
      return more;
    }
    return first == null ? List.of() : List.of(first);
  }
}

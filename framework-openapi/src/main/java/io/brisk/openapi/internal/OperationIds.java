package io.brisk.openapi.internal;

import io.brisk.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Operation ids: the explicit one when declared, else the handler method's name; methods that
 * share a name get the HTTP method appended ({@code readGet}, {@code readHead}), or the class
 * prepended ({@code itemsApiList}, then with the enclosing class, {@code shopApiList}), the
 * first of these that makes the group unique, then a number. Depends only on the set of routes and their
 * order, so ids are stable from one start to the next.
 */
final class OperationIds {
  private OperationIds() {}

  static Map<Route, String> assign(List<Route> routes) {
    Map<Route, String> ids = new IdentityHashMap<>();
    Map<String, Route> explicit = new HashMap<>();
    for (Route r : routes) {
      if (!r.operationId().isEmpty()) {
        Route other = explicit.putIfAbsent(r.operationId(), r);
        if (other != null) {
          throw new IllegalStateException("operationId '" + r.operationId() + "' is declared by both "
              + where(other) + " and " + where(r) + "; operation ids must be unique");
        }
        ids.put(r, r.operationId());
      }
    }
    Set<String> taken = new HashSet<>(explicit.keySet());
    Map<String, List<Route>> byName = new LinkedHashMap<>();
    for (Route r : routes) {
      if (r.operationId().isEmpty()) {
        byName.computeIfAbsent(r.handlerMethod().getName(), k -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<String, List<Route>> e : byName.entrySet()) {
      List<Route> group = e.getValue();
      String base = e.getKey();
      if (group.size() == 1 && !taken.contains(base)) {
        ids.put(group.get(0), base);
        taken.add(base);
        continue;
      }
      List<String> candidates = null;
      for (int level = 1; level <= 5 && candidates == null; level++) {
        List<String> names = new ArrayList<>();
        for (Route r : group) {
          names.add(candidate(r, base, level));
        }
        if (distinctAndFree(names, taken)) {
          candidates = names;
        }
      }
      if (candidates == null) {
        candidates = new ArrayList<>();
        for (Route r : group) {
          candidates.add(candidate(r, base, 5));
        }
      }
      for (int i = 0; i < group.size(); i++) {
        String id = candidates.get(i);
        int n = 2;
        while (taken.contains(id)) {
          id = candidates.get(i) + n++;
        }
        taken.add(id);
        ids.put(group.get(i), id);
      }
    }
    return ids;
  }

  /**
   * Level 1: {@code listGet}; 2: {@code itemsApiList}; 3: {@code itemsApiListGet}; 4 and 5 as 2
   * and 3 with the enclosing class too ({@code shopApiList}).
   */
  private static String candidate(Route r, String base, int level) {
    String method = capitalize(r.httpMethod().name().toLowerCase(Locale.ROOT));
    Class<?> c = r.handlerClass();
    String owner = c.getSimpleName();
    if (level >= 4 && c.getEnclosingClass() != null) {
      owner = c.getEnclosingClass().getSimpleName() + owner;
    }
    return switch (level) {
      case 1 -> base + method;
      case 2, 4 -> decapitalize(owner) + capitalize(base);
      default -> decapitalize(owner) + capitalize(base) + method;
    };
  }

  private static boolean distinctAndFree(List<String> candidates, Set<String> taken) {
    Set<String> seen = new HashSet<>();
    for (String c : candidates) {
      if (!seen.add(c) || taken.contains(c)) {
        return false;
      }
    }
    return true;
  }

  private static String where(Route r) {
    return r.handlerClass().getName() + "." + r.handlerMethod().getName();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}

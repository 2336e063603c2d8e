package io.brisk.openapi.internal;

import io.brisk.ParamSource;
import io.brisk.Route;
import io.brisk.RouteParameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a request to a route carries, read from the route model: the handler's parameters and,
 * through the whole dependency chain, those of its dependencies (FastAPI documents them too).
 * Record groups are expanded into their members; a value read by two dependencies is listed once.
 *
 * @param values path, query, header and cookie values, in the order met
 * @param forms form fields
 * @param body the JSON body, if any
 * @param credentials the credential types read by dependencies, each with whether every read is
 *     {@code Optional} (the route then works without it)
 */
record Inputs(List<RouteParameter> values, List<RouteParameter> forms, Optional<RouteParameter> body,
    Map<Class<?>, Boolean> credentials) {

  static Inputs of(Route route) {
    List<RouteParameter> values = new ArrayList<>();
    List<RouteParameter> forms = new ArrayList<>();
    List<RouteParameter> bodies = new ArrayList<>();
    Map<Class<?>, Boolean> credentials = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    collect(route.parameters(), values, forms, bodies, credentials, seen);
    collect(route.dependencies(), values, forms, bodies, credentials, seen);
    return new Inputs(List.copyOf(values), List.copyOf(forms), bodies.stream().findFirst(), credentials);
  }

  /** Whether a request carries anything that can be invalid. */
  boolean any() {
    return !values.isEmpty() || !forms.isEmpty() || body.isPresent();
  }

  private static void collect(List<RouteParameter> params, List<RouteParameter> values, List<RouteParameter> forms,
      List<RouteParameter> bodies, Map<Class<?>, Boolean> credentials, Set<String> seen) {
    for (RouteParameter p : params) {
      switch (p.source()) {
        case PATH, QUERY, HEADER, COOKIE, FORM -> {
          if (!p.members().isEmpty()) {
            collect(p.members(), values, forms, bodies, credentials, seen);
          } else if (seen.add(p.source() + " " + p.name())) {
            (p.source() == ParamSource.FORM ? forms : values).add(p);
          }
        }
        case FILE -> {
          if (seen.add(p.source() + " " + p.name())) {
            forms.add(p);
          }
        }
        case BODY -> bodies.add(p);
        case DEPENDENCY -> {
          Type t = p.type();
          boolean optional = false;
          if (t instanceof ParameterizedType pt && pt.getRawType() == Optional.class) {
            t = pt.getActualTypeArguments()[0];
            optional = true;
          }
          if (t instanceof Class<?> c) {
            credentials.merge(c, optional, Boolean::logicalAnd);
          }
          collect(p.members(), values, forms, bodies, credentials, seen);
        }
        default -> {
          // Context objects (Request, ResponseHeaders...) are not inputs of the API.
        }
      }
    }
  }
}

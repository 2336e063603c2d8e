package io.brisk.internal.model;

import io.brisk.HttpMethod;
import io.brisk.annotation.Delete;
import io.brisk.annotation.Get;
import io.brisk.annotation.Head;
import io.brisk.annotation.Options;
import io.brisk.annotation.Patch;
import io.brisk.annotation.Post;
import io.brisk.annotation.Put;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What one method annotation ({@code @Get}, {@code @Post}...) declares.
 *
 * @param method the HTTP method
 * @param path the path relative to the prefixes
 * @param summary the summary, empty when none
 * @param description the description, empty when none
 * @param tags the extra tags
 * @param operationId the explicit operation id, empty when none
 */
record HandlerMapping(
    HttpMethod method, String path, String summary, String description, List<String> tags, String operationId,
    boolean webSocket) {

  HandlerMapping(HttpMethod method, String path, String summary, String description, List<String> tags,
      String operationId) {
    this(method, path, summary, description, tags, operationId, false);
  }

  /** The mappings declared on a method; empty when it is not a handler. */
  static List<HandlerMapping> of(Method m) {
    List<HandlerMapping> out = new ArrayList<>();
    for (Annotation a : m.getAnnotations()) {
      HandlerMapping mapping = switch (a) {
        case Get g -> new HandlerMapping(HttpMethod.GET, g.value(), g.summary(), g.description(), List.of(g.tags()), g.operationId());
        case Post p -> new HandlerMapping(HttpMethod.POST, p.value(), p.summary(), p.description(), List.of(p.tags()), p.operationId());
        case Put p -> new HandlerMapping(HttpMethod.PUT, p.value(), p.summary(), p.description(), List.of(p.tags()), p.operationId());
        case Patch p -> new HandlerMapping(HttpMethod.PATCH, p.value(), p.summary(), p.description(), List.of(p.tags()), p.operationId());
        case Delete d -> new HandlerMapping(HttpMethod.DELETE, d.value(), d.summary(), d.description(), List.of(d.tags()), d.operationId());
        case Head h -> new HandlerMapping(HttpMethod.HEAD, h.value(), h.summary(), h.description(), List.of(h.tags()), h.operationId());
        case Options o -> new HandlerMapping(HttpMethod.OPTIONS, o.value(), o.summary(), o.description(), List.of(o.tags()), o.operationId());
        case io.brisk.annotation.WebSocket w -> new HandlerMapping(HttpMethod.GET, w.value(), "", "", List.of(), "", true);
        default -> null;
      };
      if (mapping != null) {
        out.add(mapping);
      }
    }
    return out;
  }
}

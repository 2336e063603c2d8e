package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document as seen under a path prefix that a trusted proxy announced ({@code X-Forwarded-Prefix}):
 * a {@code servers} entry with the prefix, so that "Try it out" calls go through the proxy, and the
 * OAuth2 flow URLs under it. Made once per prefix and kept (prefixes come from trusted proxies only;
 * past a few, variants are made without being kept).
 *
 * <p>Thread-safe.
 */
final class PrefixedDocuments {
  private static final int MAX_KEPT = 16;
  private static final String[] FLOW_URLS = {"tokenUrl", "refreshUrl", "authorizationUrl"};

  private final ObjectMapper mapper;
  private final Map<String, byte[]> kept = new ConcurrentHashMap<>();

  /** Variants written with {@code mapper} (JSON or YAML, matching the served document). */
  PrefixedDocuments(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The document {@code original} as served under {@code prefix} (which starts with '/'). */
  byte[] under(String prefix, byte[] original) {
    byte[] variant = kept.get(prefix);
    if (variant != null) {
      return variant;
    }
    variant = rewrite(prefix, original);
    if (kept.size() < MAX_KEPT) {
      kept.putIfAbsent(prefix, variant);
    }
    return variant;
  }

  private byte[] rewrite(String prefix, byte[] original) {
    try {
      ObjectNode doc = (ObjectNode) mapper.readTree(original);
      if (!doc.has("servers")) {
        // Placed before the paths, where a reader expects it.
        ObjectNode reordered = mapper.createObjectNode();
        doc.fields().forEachRemaining(e -> {
          if (e.getKey().equals("paths")) {
            reordered.putArray("servers").addObject().put("url", prefix);
          }
          reordered.set(e.getKey(), e.getValue());
        });
        if (!reordered.has("servers")) {
          reordered.putArray("servers").addObject().put("url", prefix);
        }
        doc = reordered;
      }
      for (JsonNode scheme : doc.path("components").path("securitySchemes")) {
        for (JsonNode flow : scheme.path("flows")) {
          for (String field : FLOW_URLS) {
            String url = flow.path(field).asText("");
            if (url.startsWith("/") && !url.startsWith("//")) {
              ((ObjectNode) flow).put(field, prefix + url);
            }
          }
        }
      }
      return mapper.writeValueAsBytes(doc);
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException("Cannot place the OpenAPI document under " + prefix + ": " + e.getMessage(), e);
    }
  }
}

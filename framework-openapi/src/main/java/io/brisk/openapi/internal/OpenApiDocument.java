package io.brisk.openapi.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The serialized documents of one app: the one of the configured root path, set once when the
 * route model is built, and the ones of the prefixes a trusted proxy forwards, built on first
 * request and kept in a small cache (one build per prefix, so a prefix always gets the same bytes).
 */
public final class OpenApiDocument {
  /** More prefixes than one deployment has; past it the least recently used is dropped and rebuilt if asked again. */
  static final int MAX_PREFIXES = 16;

  /**
   * One document in both formats. The YAML form is written on first request: few clients ask for
   * it, and its writer (SnakeYAML) is a noticeable share of a small app's start-up. The same
   * document object always gives the same bytes, so it stays deterministic.
   */
  public static final class Rendered {
    private final byte[] json;
    private final Supplier<byte[]> yamlWriter;
    private volatile byte[] yaml;

    /** A document: its JSON bytes, and how to write its YAML once when asked. */
    public Rendered(byte[] json, Supplier<byte[]> yamlWriter) {
      this.json = json;
      this.yamlWriter = yamlWriter;
    }

    /** The JSON bytes (UTF-8). */
    public byte[] json() {
      return json;
    }

    /** The YAML bytes (UTF-8), written on the first call. */
    public byte[] yaml() {
      byte[] y = yaml;
      if (y == null) {
        synchronized (this) {
          y = yaml;
          if (y == null) {
            y = yamlWriter.get();
            yaml = y;
          }
        }
      }
      return y;
    }
  }

  private volatile Rendered main;
  private volatile Function<String, Rendered> renderer;
  private final Map<String, Rendered> byPrefix = new LinkedHashMap<>(MAX_PREFIXES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
      return size() > MAX_PREFIXES;
    }
  };

  /** Publishes the document, and how to render it under another root path. */
  public void set(Rendered document, Function<String, Rendered> underPrefix) {
    this.renderer = underPrefix;
    this.main = document;
  }

  /** The document of the configured root path; fails when the route model is not built yet. */
  public Rendered main() {
    Rendered r = main;
    if (r == null) {
      throw new IllegalStateException("The OpenAPI document is built with the route model; it is not built yet");
    }
    return r;
  }

  /**
   * The document under a forwarded prefix (the configured one when the prefix is empty). Built
   * under the lock: concurrent first requests for one prefix build it once.
   */
  public Rendered underPrefix(String prefix) {
    Rendered base = main();
    if (prefix.isEmpty()) {
      return base;
    }
    synchronized (byPrefix) {
      return byPrefix.computeIfAbsent(prefix, renderer);
    }
  }

  /** Whether the document is built. */
  public boolean ready() {
    return main != null;
  }

  /** How many prefixed documents are cached (for tests). */
  int cachedPrefixes() {
    synchronized (byPrefix) {
      return byPrefix.size();
    }
  }
}

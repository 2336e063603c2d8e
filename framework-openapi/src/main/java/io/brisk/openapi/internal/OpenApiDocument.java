package io.brisk.openapi.internal;

/**
 * The serialized document of one app: set once when the route model is built, read by the
 * endpoints afterwards (publication through a volatile field).
 */
public final class OpenApiDocument {
  private volatile byte[] json;
  private volatile byte[] yaml;

  /** Publishes the document. */
  public void set(byte[] newJson, byte[] newYaml) {
    this.yaml = newYaml;
    this.json = newJson;
  }

  /** The JSON bytes; fails when the route model is not built yet. */
  public byte[] json() {
    return require(json);
  }

  /** The YAML bytes; fails when the route model is not built yet. */
  public byte[] yaml() {
    return require(yaml);
  }

  /** Whether the document is built. */
  public boolean ready() {
    return json != null;
  }

  private static byte[] require(byte[] bytes) {
    if (bytes == null) {
      throw new IllegalStateException("The OpenAPI document is built with the route model; it is not built yet");
    }
    return bytes;
  }
}

package io.brisk.openapi;

/** The OpenAPI version of the generated document. */
public enum OpenApiVersion {
  /** OpenAPI 3.1.0 (the default): JSON Schema 2020-12, nullable as {@code type: [..., "null"]}. */
  V3_1("3.1.0"),
  /** OpenAPI 3.0.3, for client generators that do not read 3.1 yet: nullable as {@code nullable: true}. */
  V3_0("3.0.3");

  private final String text;

  OpenApiVersion(String text) {
    this.text = text;
  }

  /** The value of the document's {@code openapi} field, for example {@code "3.1.0"}. */
  public String text() {
    return text;
  }
}

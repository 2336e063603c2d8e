package io.brisk.openapi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.brisk.openapi.OpenApiVersion;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;

/** Writes a document with swagger-core's writers for its version: pretty JSON with {@code \n} line ends, and YAML. */
public final class DocumentWriter {
  private DocumentWriter() {}

  /** The document as pretty-printed JSON bytes (UTF-8). */
  public static byte[] json(OpenAPI doc, OpenApiVersion version) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (version == OpenApiVersion.V3_1 ? Json31.mapper() : Json.mapper()).writer(printer).writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the OpenAPI document as JSON: " + e.getMessage(), e);
    }
  }

  /** The document as YAML bytes (UTF-8). */
  public static byte[] yaml(OpenAPI doc, OpenApiVersion version) {
    try {
      return (version == OpenApiVersion.V3_1 ? Yaml31.mapper() : Yaml.mapper()).writeValueAsBytes(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the OpenAPI document as YAML: " + e.getMessage(), e);
    }
  }
}

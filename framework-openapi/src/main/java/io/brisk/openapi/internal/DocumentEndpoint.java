package io.brisk.openapi.internal;

import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;

/** Serves the document as JSON or YAML at the URL of the group it is included in. */
@Hidden
public final class DocumentEndpoint {
  private final OpenApiDocument document;
  private final boolean yaml;

  /** An endpoint serving the document in one format. */
  public DocumentEndpoint(OpenApiDocument document, boolean yaml) {
    this.document = document;
    this.yaml = yaml;
  }

  /** The document. */
  @Get("")
  public Response<byte[]> document() {
    return Response.ok(yaml ? document.yaml() : document.json())
        .contentType(yaml ? "application/yaml" : "application/json")
        .header("Cache-Control", "no-cache");
  }
}

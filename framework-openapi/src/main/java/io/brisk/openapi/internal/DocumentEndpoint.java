package io.brisk.openapi.internal;

import io.brisk.Request;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;

/**
 * Serves the document as JSON or YAML at the URL of the group it is included in. With no root
 * path configured, a trusted proxy's prefix ({@code X-Forwarded-Prefix}) becomes the document's
 * first server, as it moves the pages' links.
 */
@Hidden
public final class DocumentEndpoint {
  private final OpenApiDocument document;
  private final boolean yaml;
  private final boolean followProxy;

  /** An endpoint serving the document in one format; {@code followProxy} when no root path is configured. */
  public DocumentEndpoint(OpenApiDocument document, boolean yaml, boolean followProxy) {
    this.document = document;
    this.yaml = yaml;
    this.followProxy = followProxy;
  }

  /** The document. */
  @Get("")
  public Response<byte[]> document(Request request) {
    OpenApiDocument.Rendered doc = followProxy ? document.underPrefix(request.rootPath()) : document.main();
    return Response.ok(yaml ? doc.yaml() : doc.json())
        .contentType(yaml ? "application/yaml" : "application/json")
        .header("Cache-Control", "no-cache");
  }
}

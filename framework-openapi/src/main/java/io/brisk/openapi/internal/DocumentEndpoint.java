package io.brisk.openapi.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.brisk.Request;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;
import io.brisk.openapi.OpenApiConfig;

/**
 * Serves the document as JSON or YAML at the URL of the group it is included in. Behind a trusted
 * proxy that strips a path prefix ({@code ProxyHeaders}, {@code X-Forwarded-Prefix}), the document
 * names that prefix as its server, unless the configuration sets a root path or servers itself.
 */
@Hidden
public final class DocumentEndpoint {
  private final OpenApiDocument document;
  private final boolean yaml;
  private final boolean followsProxyPrefix;
  private final PrefixedDocuments prefixed;

  /** An endpoint serving the document in one format. */
  public DocumentEndpoint(OpenApiDocument document, boolean yaml, OpenApiConfig config) {
    this.document = document;
    this.yaml = yaml;
    this.followsProxyPrefix = config.rootPath().isEmpty() && config.servers().isEmpty();
    ObjectMapper mapper = yaml ? io.swagger.v3.core.util.Yaml.mapper()
        : new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    this.prefixed = new PrefixedDocuments(mapper);
  }

  /** The document. */
  @Get("")
  public Response<byte[]> document(Request request) {
    byte[] bytes = yaml ? document.yaml() : document.json();
    if (followsProxyPrefix && !request.rootPath().isEmpty()) {
      bytes = prefixed.under(request.rootPath(), bytes);
    }
    return Response.ok(bytes)
        .contentType(yaml ? "application/yaml" : "application/json")
        .header("Cache-Control", "no-cache");
  }
}

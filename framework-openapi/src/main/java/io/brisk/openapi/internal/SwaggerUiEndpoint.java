package io.brisk.openapi.internal;

import io.brisk.Request;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;
import io.brisk.openapi.OpenApiConfig;
import java.util.Optional;
import java.util.Set;

/** Swagger UI: the page at the group's URL, its files (and the OAuth2 redirect page) below it. */
@Hidden
public final class SwaggerUiEndpoint {
  private static final Set<String> FILES = Set.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png",
      "favicon-16x16.png", "oauth2-redirect.html", "oauth2-redirect.js");

  private final String page;
  private final WebjarAssets assets;
  private final OpenApiConfig config;

  private SwaggerUiEndpoint(String page, WebjarAssets assets, OpenApiConfig config) {
    this.page = page;
    this.assets = assets;
    this.config = config;
  }

  /** The endpoint, when the swagger-ui webjar is on the classpath. */
  public static Optional<SwaggerUiEndpoint> create(OpenApiConfig config) {
    return WebjarAssets.find("swagger-ui", FILES, "swagger-ui-bundle.js")
        .map(a -> new SwaggerUiEndpoint(Pages.swaggerUi(config), a, config));
  }

  /** The page. */
  @Get("")
  public Response<String> page(Request request) {
    // Behind a trusted proxy (ProxyHeaders), X-Forwarded-Prefix moves the page's links under it.
    String html = config.rootPath().isEmpty() && !request.rootPath().isEmpty()
        ? Pages.swaggerUi(config, request.rootPath()) : page;
    return Response.ok(html).contentType("text/html; charset=utf-8");
  }

  /** A file of Swagger UI. */
  @Get("/{*file}")
  public Response<byte[]> asset(String file) {
    return assets.serve(file);
  }
}

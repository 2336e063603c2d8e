package io.brisk.openapi.internal;

import io.brisk.Request;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;
import io.brisk.openapi.OpenApiConfig;
import java.util.Optional;
import java.util.Set;

/** ReDoc: the page at the group's URL, its script below it. */
@Hidden
public final class RedocEndpoint {
  private final String page;
  private final WebjarAssets assets;
  private final OpenApiConfig config;

  private RedocEndpoint(String page, WebjarAssets assets, OpenApiConfig config) {
    this.page = page;
    this.assets = assets;
    this.config = config;
  }

  /** The endpoint, when the redoc webjar is on the classpath. */
  public static Optional<RedocEndpoint> create(OpenApiConfig config) {
    return WebjarAssets.find("redoc", Set.of("redoc.standalone.js"), "redoc.standalone.js")
        .map(a -> new RedocEndpoint(Pages.redoc(config), a, config));
  }

  /** The page. */
  @Get("")
  public Response<String> page(Request request) {
    // Behind a trusted proxy (ProxyHeaders), X-Forwarded-Prefix moves the page's links under it.
    String html = config.rootPath().isEmpty() && !request.rootPath().isEmpty()
        ? Pages.redoc(config, request.rootPath()) : page;
    return Response.ok(html).contentType("text/html; charset=utf-8");
  }

  /** ReDoc's script. */
  @Get("/{*file}")
  public Response<byte[]> asset(String file) {
    return assets.serve(file);
  }
}

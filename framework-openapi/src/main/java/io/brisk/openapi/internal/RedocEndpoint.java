package io.brisk.openapi.internal;

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

  private RedocEndpoint(String page, WebjarAssets assets) {
    this.page = page;
    this.assets = assets;
  }

  /** The endpoint, when the redoc webjar is on the classpath. */
  public static Optional<RedocEndpoint> create(OpenApiConfig config) {
    return WebjarAssets.find("redoc", Set.of("redoc.standalone.js"), "redoc.standalone.js")
        .map(a -> new RedocEndpoint(Pages.redoc(config), a));
  }

  /** The page. */
  @Get("")
  public Response<String> page() {
    return Response.ok(page).contentType("text/html; charset=utf-8");
  }

  /** ReDoc's script. */
  @Get("/{*file}")
  public Response<byte[]> asset(String file) {
    return assets.serve(file);
  }
}

package io.brisk.openapi.internal;

import io.brisk.openapi.OpenApiConfig;

/** The HTML of the Swagger UI and ReDoc pages, pointing at the document under the root path. */
final class Pages {
  private Pages() {}

  static String swaggerUi(OpenApiConfig config) {
    return swaggerUi(config, config.rootPath());
  }

  /** The page under a root path (the configured one, or the one a trusted proxy sent). */
  static String swaggerUi(OpenApiConfig config, String root) {
    String assets = root + config.docsUrl();
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - Swagger UI</title>
        <link rel="stylesheet" href="%s/swagger-ui.css">
        <link rel="icon" type="image/png" href="%s/favicon-32x32.png">
        </head>
        <body>
        <div id="swagger-ui"></div>
        <script src="%s/swagger-ui-bundle.js"></script>
        <script>
        window.ui = SwaggerUIBundle({
          url: %s,
          dom_id: "#swagger-ui",
          layout: "BaseLayout",
          deepLinking: true,
          showExtensions: true,
          showCommonExtensions: true,
          oauth2RedirectUrl: window.location.origin + %s,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]
        });
        </script>
        </body>
        </html>
        """.formatted(html(config.title()), html(assets), html(assets), html(assets),
        js(root + config.openapiUrl()), js(root + config.oauth2RedirectUrl()));
  }

  static String redoc(OpenApiConfig config) {
    return redoc(config, config.rootPath());
  }

  /** The page under a root path (the configured one, or the one a trusted proxy sent). */
  static String redoc(OpenApiConfig config, String root) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s - ReDoc</title>
        <style>body { margin: 0; padding: 0; }</style>
        </head>
        <body>
        <noscript>ReDoc needs JavaScript.</noscript>
        <redoc spec-url="%s"></redoc>
        <script src="%s/redoc.standalone.js"></script>
        </body>
        </html>
        """.formatted(html(config.title()), html(root + config.openapiUrl()), html(root + config.redocUrl()));
  }

  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A JavaScript string literal that cannot end the script element. */
  static String js(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}

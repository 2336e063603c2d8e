package io.brisk.openapi;

import io.brisk.Brisk;
import io.brisk.Route;
import io.brisk.RouteGroup;
import io.brisk.internal.StartupTasks;
import io.brisk.openapi.internal.DocumentBuilder;
import io.brisk.openapi.internal.DocumentEndpoint;
import io.brisk.openapi.internal.DocumentWriter;
import io.brisk.openapi.internal.OpenApiDocument;
import io.brisk.openapi.internal.RedocEndpoint;
import io.brisk.openapi.internal.SwaggerUiEndpoint;
import io.brisk.spi.BriskPlugin;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the app's OpenAPI document and its documentation pages.
 *
 * <p>Found on the classpath, it serves {@code /openapi.json}, {@code /openapi.yaml},
 * {@code /docs} (Swagger UI) and {@code /redoc} (ReDoc) with defaults. To configure it, add one
 * in code: {@code app.plugin(new OpenApiPlugin(new OpenApiConfig().title("Inventory")))}; to
 * switch it off, {@code app.withoutPlugin(OpenApiPlugin.class)}.
 *
 * <p>An instance belongs to one app. The document is built once, when the route model is built
 * (on a second core, if there is one and no customizer, beside the rest of start-up; the app
 * serves nothing before it is done, and its failure fails the start as before), and served
 * unchanged afterwards from any thread; behind a trusted proxy that sends a prefix (and with no
 * {@link OpenApiConfig#rootPath} configured), the document of that prefix is built on its first
 * request and then served unchanged too. {@link OpenApiExport} writes the
 * document without starting the server.
 */
public final class OpenApiPlugin implements BriskPlugin {
  private static final Logger LOG = LoggerFactory.getLogger(OpenApiPlugin.class);

  private final OpenApiConfig config;
  private final OpenApiDocument document = new OpenApiDocument();
  private StartupTasks.Pending<?> buildingAhead;

  /** The plugin with the default configuration (what the classpath discovery creates). */
  public OpenApiPlugin() {
    this(new OpenApiConfig());
  }

  /** The plugin with a configuration. */
  public OpenApiPlugin(OpenApiConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void install(Brisk app) {
    if (!config.enabled() || config.openapiUrl().isEmpty()) {
      return;
    }
    // With a second core, the document (the largest piece of start-up) is built from the compiled
    // routes while the starting thread plans their validators, builds the route table and binds.
    StartupTasks.of(app).onRoutesCompiled((mapper, routes) -> {
      DocumentBuilder builder = new DocumentBuilder(config, app.options(), mapper);
      if (!builder.hasCustomizers()) { // customizers are app code, promised the starting thread
        buildingAhead = StartupTasks.of(app).forkAhead("brisk-openapi", () -> {
          publish(builder, List.copyOf(routes));
          return null;
        });
      }
    });
    app.include(RouteGroup.prefix(config.openapiUrl()).include(new DocumentEndpoint(document, false, followProxy())));
    if (!config.yamlUrl().isEmpty()) {
      app.include(RouteGroup.prefix(config.yamlUrl()).include(new DocumentEndpoint(document, true, followProxy())));
    }
    if (!config.docsUrl().isEmpty()) {
      SwaggerUiEndpoint.create(config).ifPresentOrElse(
          e -> app.include(RouteGroup.prefix(config.docsUrl()).include(e)),
          () -> LOG.warn("Swagger UI is not served at {}: org.webjars:swagger-ui is not on the classpath", config.docsUrl()));
    }
    if (!config.redocUrl().isEmpty()) {
      RedocEndpoint.create(config).ifPresentOrElse(
          e -> app.include(RouteGroup.prefix(config.redocUrl()).include(e)),
          () -> LOG.warn("ReDoc is not served at {}: org.webjars:redoc is not on the classpath", config.redocUrl()));
    }
  }

  @Override
  public void routesBuilt(Brisk app, List<Route> routes) {
    if (!config.enabled() || config.openapiUrl().isEmpty()) {
      return;
    }
    if (buildingAhead != null) {
      // Its failure now fails start-up, as if built here; start() joins it before accepting a connection.
      buildingAhead.due();
      buildingAhead = null;
      return;
    }
    publish(new DocumentBuilder(config, app.options(), app.objectMapper()), List.copyOf(routes));
  }

  private void publish(DocumentBuilder builder, List<Route> model) {
    document.set(render(builder.build(model)), prefix -> render(builder.build(model, prefix)));
  }

  private OpenApiDocument.Rendered render(OpenAPI doc) {
    return new OpenApiDocument.Rendered(DocumentWriter.json(doc, config.openApiVersion()),
        () -> DocumentWriter.yaml(doc, config.openApiVersion()));
  }

  /** A configured root path wins; without one, the document follows a trusted proxy's prefix. */
  private boolean followProxy() {
    return config.rootPath().isEmpty();
  }

  /** The configuration. */
  public OpenApiConfig config() {
    return config;
  }

  /**
   * The document as JSON, once the app's route model is built (for build tools and tests; see
   * {@link OpenApiExport}); empty before, or when the module is switched off.
   */
  public Optional<String> json() {
    return document.ready() ? Optional.of(new String(document.main().json(), StandardCharsets.UTF_8)) : Optional.empty();
  }

  /** The document as YAML, once the app's route model is built; empty before, or when switched off. */
  public Optional<String> yaml() {
    return document.ready() ? Optional.of(new String(document.main().yaml(), StandardCharsets.UTF_8)) : Optional.empty();
  }
}

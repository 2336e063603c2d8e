package io.brisk.examples.inventory;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.brisk.Brisk;
import io.brisk.SettingsLoader;
import io.brisk.examples.inventory.auth.AuthApi;
import io.brisk.examples.inventory.auth.Authenticator;
import io.brisk.examples.inventory.auth.TokenService;
import io.brisk.examples.inventory.data.DataProviders;
import io.brisk.examples.inventory.data.Database;
import io.brisk.examples.inventory.files.FilesApi;
import io.brisk.examples.inventory.items.ItemsApi;
import io.brisk.examples.inventory.ml.IrisModel;
import io.brisk.examples.inventory.ml.PredictApi;
import io.brisk.examples.inventory.streaming.EchoSocket;
import io.brisk.examples.inventory.streaming.EventsApi;
import io.brisk.middleware.Cors;
import io.brisk.middleware.ProxyHeaders;
import io.brisk.openapi.OpenApiConfig;
import io.brisk.openapi.OpenApiPlugin;
import io.brisk.security.OAuth2PasswordBearer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The inventory API: items in a database, OAuth2 + JWT, uploads, server-sent events, a WebSocket
 * and an iris classifier. {@code main} reads the settings from the environment, opens the
 * database and serves on {@code HOST:PORT} (default {@code 127.0.0.1:8000}).
 */
public final class InventoryApp {
  /** The largest request body, in bytes: exactly this much is accepted, one byte more is a 413. */
  public static final int MAX_BODY = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(InventoryApp.class);

  private InventoryApp() {}

  /**
   * The app over an open database, configured by the settings (host, CORS origins, JWT key,
   * debug routes); the caller owns the database and closes it after the app stops.
   */
  public static Brisk create(AppSettings settings, Database database) {
    TokenService tokens = TokenService.fromSecret(settings.jwtSecret());
    Brisk app = Brisk.create();
    app.options()
        .host(settings.host())
        .maxBodySize(MAX_BODY)
        .maxUploadSize(MAX_BODY)
        .gzip(1025, 6); // "over 1024 bytes"
    if (!settings.trustedProxies().isEmpty()) {
      // First, so that every later middleware and handler sees the original client, scheme and host.
      app.use(ProxyHeaders.trust(settings.trustedProxies().toArray(String[]::new)));
    }
    app.configureJson(mapper -> mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
        .use(Cors.allowOrigins(settings.corsOrigins().toArray(String[]::new))
            .allowHeaders("Authorization", "Content-Type"))
        .security(OAuth2PasswordBearer.tokenUrl("/token")
            .scope("items:read", "Read items")
            .scope("items:write", "Create, change and delete items"))
        .plugin(new OpenApiPlugin(new OpenApiConfig()
            .title("Inventory API")
            .version("1.0.0")
            .description("Items on the shelves, with OAuth2 password-flow login (alice / wonderland,"
                + " bob / builder), uploads, server-sent events, a WebSocket and an iris classifier.")
            .tag("items", "Everything on the shelves")
            .tag("auth", "Tokens and who you are")
            .tag("files", "Uploads")
            .tag("streaming", "Server-sent events")
            .tag("ml", "The iris classifier")
            .tag("meta", "Greeting and health")))
        .provider(new DataProviders(database))
        .provider(new Authenticator(tokens))
        .provider(new PredictApi.ModelProvider())
        .include(new RootApi(database))
        .include(new AuthApi(tokens))
        .include(new ItemsApi())
        .include(new FilesApi())
        .include(new EventsApi())
        .include(new EchoSocket())
        .include(new PredictApi());
    if (settings.debugRoutes()) {
      app.include(new DebugApi(settings.port()));
      LOG.warn("INVENTORY_DEBUG_ROUTES=1: the /debug routes are served");
    }
    // The model is application-scoped: train it as the server starts, not on the first request.
    app.onStart(() -> app.dependency(IrisModel.class));
    return app;
  }

  /**
   * The app as its OpenAPI document describes it, for exporting the document at build time
   * ({@code java -cp inventory.jar io.brisk.openapi.OpenApiExport
   * io.brisk.examples.inventory.InventoryApp#forExport openapi.json}): the default settings, whatever
   * the environment says, over an in-memory H2 database that lives as long as the process. Never
   * start it.
   */
  public static Brisk forExport() {
    AppSettings settings = SettingsLoader.of(AppSettings.class).environment(Map.of()).load();
    return create(settings, Database.open(settings));
  }

  /** Serves the app with the settings of the environment until the process is stopped. */
  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    AppSettings settings;
    Database database;
    try {
      settings = AppSettings.fromEnvironment();
      database = Database.open(settings);
    } catch (RuntimeException e) {
      LOG.error("Cannot start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    try {
      Brisk app = create(settings, database);
      app.onStop(database::close);
      app.start(settings.port());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }
}

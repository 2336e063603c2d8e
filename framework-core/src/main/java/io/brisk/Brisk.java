package io.brisk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.internal.AppRuntime;
import io.brisk.internal.StartupPreload;
import io.brisk.internal.StartupTasks;
import io.brisk.internal.binding.Converters;
import io.brisk.internal.di.ProviderRegistry;
import io.brisk.internal.http.NettyServer;
import io.brisk.internal.json.JsonSupport;
import io.brisk.spi.BriskPlugin;
import io.brisk.spi.ValidatorProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Brisk app: include handler objects, then {@link #start(int)}.
 *
 * <pre>{@code
 * Brisk.create().include(new ItemsApi()).start(8000);
 * }</pre>
 *
 * <p>Configure the app (include, options, handlers, converters, plugins) from one thread before it
 * starts. The route model is built once, on the first {@link #start}, {@link #routes()} or test
 * client; any declaration mistake fails there with a message naming the class and method, and the
 * app can no longer be changed. Starting and stopping are thread-safe.
 */
public final class Brisk {
  private static final Logger LOG = LoggerFactory.getLogger(Brisk.class);

  static {
    AppRuntime.registerAccess(Brisk::runtime);
    StartupTasks.registerAccess(app -> app.startupTasks);
    // After the logger, so that Netty's first log calls find logging set up.
    StartupPreload.begin();
  }

  private final ServerOptions options = new ServerOptions();
  private final List<Object> members = new ArrayList<>();
  private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers = new LinkedHashMap<>();
  private final Converters converters = new Converters();
  private final List<Consumer<ObjectMapper>> jsonCustomizers = new ArrayList<>();
  private final List<Runnable> startHooks = new ArrayList<>();
  private final List<Runnable> stopHooks = new ArrayList<>();
  private final Map<Class<?>, BriskPlugin> explicitPlugins = new LinkedHashMap<>();
  private final List<Class<?>> removedPlugins = new ArrayList<>();
  private final ProviderRegistry providers = new ProviderRegistry();
  private final List<Class<?>> appDependencies = new ArrayList<>();
  private final List<io.brisk.security.SecurityScheme> schemes = new ArrayList<>();
  private final List<Class<?>> settingsTypes = new ArrayList<>();
  private final List<Middleware> middleware = new ArrayList<>();
  private final StartupTasks startupTasks = new StartupTasks();
  private ValidatorProvider validatorProvider;
  private AppRuntime runtime;
  private boolean building;
  private List<BriskPlugin> installed = List.of();
  private NettyServer server;
  private Thread shutdownHook;

  private Brisk() {}

  /** A new app with default options. */
  public static Brisk create() {
    return new Brisk();
  }

  /** The server options, to change before start. */
  public ServerOptions options() {
    return options;
  }

  /** Includes a handler object (its annotated methods become routes) or a {@link RouteGroup}. */
  public synchronized Brisk include(Object handlerOrGroup) {
    checkNotBuilt();
    members.add(Objects.requireNonNull(handlerOrGroup, "handlerOrGroup"));
    return this;
  }

  /** Answers exceptions of a type (and its subtypes, unless a more specific handler exists). */
  public synchronized <E extends Throwable> Brisk exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
    checkNotBuilt();
    exceptionHandlers.put(type, handler);
    return this;
  }

  /** Converts text parameters (path, query, header, cookie) to a type of the app's own. */
  public synchronized <T> Brisk converter(Class<T> type, TypeConverter<T> converter) {
    checkNotBuilt();
    converters.register(type, converter);
    return this;
  }

  /** Adjusts the JSON mapper (modules, naming, features) used for bodies and responses. */
  public synchronized Brisk configureJson(Consumer<ObjectMapper> customizer) {
    checkNotBuilt();
    jsonCustomizers.add(customizer);
    return this;
  }

  /** Sets the validator factory (the validation module installs one; this replaces it). */
  public synchronized Brisk validator(ValidatorProvider provider) {
    checkNotBuilt();
    this.validatorProvider = provider;
    return this;
  }

  /** Adds a plugin, replacing a discovered plugin of the same class. */
  public synchronized Brisk plugin(BriskPlugin plugin) {
    checkNotBuilt();
    explicitPlugins.put(plugin.getClass(), plugin);
    return this;
  }

  /** Keeps a plugin found on the classpath from being installed. */
  public synchronized Brisk withoutPlugin(Class<? extends BriskPlugin> type) {
    checkNotBuilt();
    removedPlugins.add(type);
    return this;
  }

  /**
   * Registers an object's {@code @Provides} methods as the providers of their return types.
   *
   * @throws IllegalArgumentException when it has none, or a type already has a provider
   */
  public synchronized Brisk provider(Object providerObject) {
    checkNotBuilt();
    providers.register(Objects.requireNonNull(providerObject, "providerObject"));
    return this;
  }

  /**
   * Registers a security scheme: its credential type ({@code OAuth2Token}, {@code BasicCredentials}...)
   * becomes a request-scoped dependency that answers 401 when the credential is missing.
   *
   * @throws IllegalArgumentException when another scheme already provides the same credential type
   */
  public synchronized Brisk security(io.brisk.security.SecurityScheme scheme) {
    checkNotBuilt();
    try {
      java.lang.reflect.Method authenticate = scheme.getClass().getMethod("authenticate", Request.class);
      providers.register(scheme.credentialType(), scheme, authenticate, Scope.REQUEST);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    schemes.add(scheme);
    return this;
  }

  /**
   * Binds a settings record from the environment (see {@link SettingsLoader}) and makes it an
   * application-scoped dependency; it is loaded and checked (converters and Jakarta constraints)
   * when the app is built, so a bad or missing value stops start-up naming the variable.
   */
  public <R extends Record> Brisk settings(Class<R> type) {
    return settings(SettingsLoader.of(type));
  }

  /** Like {@link #settings(Class)} with a configured loader (another environment, a file). */
  public synchronized <R extends Record> Brisk settings(SettingsLoader<R> loader) {
    checkNotBuilt();
    SettingsSupplier<R> supplier = new SettingsSupplier<>(loader, this);
    try {
      providers.register(loader.type(), supplier, SettingsSupplier.class.getMethod("get"), Scope.APPLICATION);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    settingsTypes.add(loader.type());
    return this;
  }

  /**
   * Adds app middleware: it wraps every request, routing included (so it sees 404s and can answer
   * CORS preflights), in the order added (outermost first). See {@link Middleware}.
   */
  public synchronized Brisk use(Middleware... newMiddleware) {
    checkNotBuilt();
    middleware.addAll(List.of(newMiddleware));
    return this;
  }

  /** Dependencies resolved before every route, for their effect (an API key check, say). */
  public synchronized Brisk dependencies(Class<?>... types) {
    checkNotBuilt();
    appDependencies.addAll(List.of(types));
    return this;
  }

  /**
   * Replaces a dependency for the following requests (tests): the supplier makes its value, and
   * no provider or cleanup of the original runs. {@link io.brisk.testing.BriskServerExtension}
   * removes overrides after each test.
   */
  public <T> Brisk overrideDependency(Class<T> type, java.util.function.Supplier<? extends T> replacement) {
    runtime().resolver().override(type, replacement);
    return this;
  }

  /** Removes every dependency override. */
  public Brisk clearDependencyOverrides() {
    runtime().resolver().clearOverrides();
    return this;
  }

  /**
   * The value of an application-scoped dependency, outside any request (start-up hooks,
   * background tasks); made on first use, like inside a request.
   *
   * @throws IllegalStateException when the type is not an application-scoped dependency
   */
  public <T> T dependency(Class<T> type) {
    return type.cast(runtime().applicationDependency(type));
  }

  /** Runs an action after the server has started listening. */
  public synchronized Brisk onStart(Runnable action) {
    startHooks.add(action);
    return this;
  }

  /** Runs an action once the server has stopped, in reverse order of registration. */
  public synchronized Brisk onStop(Runnable action) {
    stopHooks.add(action);
    return this;
  }

  /** The route model, building it if needed (the app can then no longer change). */
  public List<Route> routes() {
    return runtime().routes();
  }

  /**
   * The installed plugin of a class (found on the classpath or added in code), building the app if
   * needed; empty when no plugin of that class is installed. Lets build tools read what a plugin
   * made of the route model (the OpenAPI document) without starting the server.
   */
  public <P extends BriskPlugin> Optional<P> installedPlugin(Class<P> type) {
    Objects.requireNonNull(type, "type");
    runtime();
    synchronized (this) {
      return installed.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
  }

  /** The app's JSON mapper, building the app if needed. */
  public ObjectMapper objectMapper() {
    return runtime().mapper();
  }

  /**
   * Starts serving on a port of {@link ServerOptions#host()}; 0 picks a free port.
   *
   * @return the port bound
   * @throws IllegalStateException when the app is already started or its routes are invalid
   */
  public synchronized int start(int port) {
    if (server != null) {
      throw new IllegalStateException("The app is already started on port " + server.port());
    }
    long begin = System.nanoTime();
    AppRuntime rt = build();
    // Start-up work still running on the second core (the OpenAPI document) overlaps the bind; the
    // server accepts nothing until it is joined, so its failure still fails start() unanswered.
    boolean holdReads = startupTasks.pending();
    try {
      server = rt.startTcp(port, holdReads);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw startupTasks.failFirst(new IllegalStateException("Interrupted while starting", e));
    } catch (RuntimeException | Error e) {
      throw startupTasks.failFirst(e);
    }
    try {
      startupTasks.joinAll();
    } catch (RuntimeException | Error e) {
      server.stop(System.nanoTime());
      server = null;
      throw e;
    }
    if (holdReads) {
      server.startReading();
    }
    int bound = server.port();
    if (options.shutdownHook()) {
      shutdownHook = new Thread(this::stopFromHook, "brisk-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    if (options.banner()) {
      String host = options.host().equals("0.0.0.0") ? "localhost" : options.host();
      LOG.info("Brisk serving {} routes on http://{}:{} ({}, started in {} ms)", rt.routes().size(), host, bound,
          server.transport(), (System.nanoTime() - begin) / 1_000_000);
    }
    for (Runnable hook : startHooks) {
      hook.run();
    }
    return bound;
  }

  /** Starts on the port in the {@code PORT} environment variable, else 8000. */
  public int start() {
    String env = System.getenv("PORT");
    int port;
    try {
      port = env == null || env.isBlank() ? 8000 : Integer.parseInt(env.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("PORT must be a number, not '" + env + "'");
    }
    return start(port);
  }

  /** The port bound by {@link #start}. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("The app is not started");
    }
    return server.port();
  }

  /**
   * Stops gracefully: stops accepting, lets in-flight requests finish within
   * {@link ServerOptions#shutdownTimeout()}, closes connections, then runs the stop hooks.
   * Does nothing when not started.
   */
  public void stop() {
    stop(true);
  }

  private void stopFromHook() {
    stop(false);
  }

  private synchronized void stop(boolean removeHook) {
    if (server == null) {
      return;
    }
    long deadline = System.nanoTime() + options.shutdownTimeout().toNanos();
    server.stop(deadline);
    server = null;
    int unfinished = runtime.background().awaitIdle(deadline);
    if (unfinished > 0) {
      LOG.warn("{} request(s) still running background tasks at the end of the shutdown timeout", unfinished);
    }
    if (removeHook && shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM is exiting; its hooks run anyway.
      }
    }
    shutdownHook = null;
    runtime.resolver().closeSingletons();
    for (int i = stopHooks.size() - 1; i >= 0; i--) {
      try {
        stopHooks.get(i).run();
      } catch (RuntimeException e) {
        LOG.error("A stop hook failed", e);
      }
    }
    LOG.info("Brisk stopped");
  }

  /** The runtime, built if needed, with its start-up tasks joined (unless called while building it). */
  private synchronized AppRuntime runtime() {
    AppRuntime rt = build();
    if (!building) {
      startupTasks.joinAll();
    }
    return rt;
  }

  /** Builds the runtime once; start-up tasks forked by plugins may still be running. */
  private synchronized AppRuntime build() {
    if (runtime == null) {
      boolean outermost = !building;
      building = true;
      try {
        buildRuntime();
      } catch (RuntimeException | Error e) {
        if (!outermost) {
          throw e;
        }
        throw startupTasks.failFirst(e);
      } finally {
        building = !outermost;
      }
    }
    return runtime;
  }

  private void buildRuntime() {
    installed = plugins();
    for (BriskPlugin p : installed) {
      p.install(this);
    }
    ObjectMapper mapper = JsonSupport.newMapper(
        Math.max(options.maxBodySize(), options.maxWebSocketMessageSize()));
    for (Consumer<ObjectMapper> c : jsonCustomizers) {
      c.accept(mapper);
    }
    runtime = AppRuntime.build(List.copyOf(members), options, converters, mapper, exceptionHandlers,
        Optional.ofNullable(validatorProvider), providers, List.copyOf(appDependencies), List.copyOf(schemes),
        List.copyOf(middleware), routes -> startupTasks.routesCompiled(mapper, routes));
    for (Class<?> settings : settingsTypes) {
      runtime.applicationDependency(settings); // bad settings stop start-up here
    }
    for (BriskPlugin p : installed) {
      p.routesBuilt(this, runtime.routes());
    }
  }

  private List<BriskPlugin> plugins() {
    Map<Class<?>, BriskPlugin> all = new LinkedHashMap<>();
    for (BriskPlugin p : ServiceLoader.load(BriskPlugin.class, Brisk.class.getClassLoader())) {
      all.put(p.getClass(), p);
    }
    all.putAll(explicitPlugins);
    removedPlugins.forEach(all::remove);
    return List.copyOf(all.values());
  }

  Converters converters() {
    return converters;
  }

  ValidatorProvider validatorProvider() {
    return validatorProvider;
  }

  private void checkNotBuilt() {
    if (runtime != null) {
      throw new IllegalStateException("The app's routes are already built; configure it before start");
    }
  }
}

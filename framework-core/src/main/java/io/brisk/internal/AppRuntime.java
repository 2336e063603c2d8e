package io.brisk.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.Brisk;
import io.brisk.ExceptionHandler;
import io.brisk.Route;
import io.brisk.ServerOptions;
import io.brisk.internal.binding.Converters;
import io.brisk.internal.http.Dispatcher;
import io.brisk.internal.http.ExceptionMapper;
import io.brisk.internal.http.NettyServer;
import io.brisk.internal.http.Problems;
import io.brisk.internal.http.ResponseWriter;
import io.brisk.internal.http.ServerContext;
import io.brisk.internal.di.DependencyDef;
import io.brisk.internal.di.DependencyResolver;
import io.brisk.internal.di.ProviderRegistry;
import io.brisk.internal.model.CompiledRoute;
import io.brisk.internal.tasks.BackgroundRunner;
import io.brisk.internal.model.DependencyCompiler;
import io.brisk.internal.model.DependencyRoutes;
import io.brisk.internal.model.RouteCompiler;
import io.brisk.internal.routing.PathTemplate;
import io.brisk.internal.routing.RouteTable;
import io.brisk.spi.ValidatorProvider;
import io.netty.channel.local.LocalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Everything an app builds once at start-up: the JSON mapper, the compiled routes, the route
 * table and the shared server context. Immutable once built; servers are attached to it.
 */
public final class AppRuntime {
  private static volatile Function<Brisk, AppRuntime> access;

  private final ObjectMapper mapper;
  private final List<CompiledRoute> compiled;
  private final List<Route> routes;
  private final Dispatcher dispatcher;
  private final Executor executor;
  private final ServerOptions options;
  private NettyServer local;
  private DependencyResolver resolver;
  private BackgroundRunner background;
  private DependencyCompiler dependencies;
  private LocalAddress localAddress;

  private AppRuntime(ObjectMapper mapper, List<CompiledRoute> compiled, Dispatcher dispatcher, Executor executor,
      ServerOptions options) {
    this.mapper = mapper;
    this.compiled = compiled;
    this.routes = compiled.stream().map(CompiledRoute::route).toList();
    this.dispatcher = dispatcher;
    this.executor = executor;
    this.options = options;
  }

  /** Lets {@link Brisk} expose its runtime to framework code outside its package. */
  public static void registerAccess(Function<Brisk, AppRuntime> accessor) {
    access = accessor;
  }

  /** The runtime of an app, building its route model if not yet built. */
  public static AppRuntime of(Brisk app) {
    return access.apply(app);
  }

  /**
   * Builds the runtime, telling {@code compiled} the route model as soon as the routes are compiled
   * (before their validators and the route table), so that work on it can start on another core.
   *
   * @param members the included handler objects and groups
   * @throws io.brisk.internal.model.StartupException naming the class and method at fault
   */
  public static AppRuntime build(
      List<Object> members,
      ServerOptions options,
      Converters converters,
      ObjectMapper mapper,
      Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers,
      Optional<ValidatorProvider> validators,
      ProviderRegistry providers,
      List<Class<?>> appDependencies,
      List<io.brisk.security.SecurityScheme> schemes,
      List<io.brisk.Middleware> appMiddleware,
      java.util.function.Consumer<List<Route>> compiledRoutes) {
    DependencyResolver resolver = new DependencyResolver();
    DependencyCompiler dependencies = new DependencyCompiler(providers, resolver);
    RouteCompiler compiler = new RouteCompiler(converters, mapper, dependencies, options.defaultExecution(), schemes);
    List<CompiledRoute> compiled = new ArrayList<>();
    for (Object member : members) {
      compiled.addAll(compiler.compile(member, "", List.of(), List.of(), appDependencies, List.of()));
    }
    // The same Route objects as routes() gives: validators attach to the compiled routes only.
    compiledRoutes.accept(compiled.stream().map(CompiledRoute::route).toList());
    if (validators.isPresent()) {
      compiled.replaceAll(r -> validators.get().validatorFor(r.route()).map(r::withValidator).orElse(r));
      for (DependencyDef def : dependencies.all()) {
        // Provider methods are validated like handlers; constructor-based dependencies are not (yet).
        if (def.source() instanceof java.lang.reflect.Method) {
          validators.get().validatorFor(DependencyRoutes.of(def)).ifPresent(def::validator);
        }
      }
    }
    RouteTable<CompiledRoute> table = new RouteTable<>(options.trailingSlash());
    for (CompiledRoute r : compiled) {
      table.add(r.route().httpMethod(), PathTemplate.parse(r.route().path()), r,
          r.route().handlerClass().getName() + "." + r.route().handlerMethod().getName());
    }
    Problems problems = new Problems(mapper, options.validationErrorFormat(), options.validationErrorStatus());
    ResponseWriter writer = new ResponseWriter(mapper, options.sseKeepAlive());
    ExceptionMapper exceptions = new ExceptionMapper(exceptionHandlers, problems, writer);
    Dispatcher dispatcher = new Dispatcher(table, writer, exceptions, problems,
        appMiddleware.toArray(io.brisk.Middleware[]::new));
    // One name for all handler threads: a per-thread counter would build a String per request.
    ThreadFactory virtual = Thread.ofVirtual().name("brisk-handler").factory();
    Executor executor = task -> virtual.newThread(task).start();
    AppRuntime runtime = new AppRuntime(mapper, List.copyOf(compiled), dispatcher, executor, options);
    runtime.resolver = resolver;
    runtime.background = new BackgroundRunner(executor);
    runtime.dependencies = dependencies;
    return runtime;
  }

  /** The runner of background tasks (shutdown waits on it). */
  public BackgroundRunner background() {
    return background;
  }

  /** The dependency resolver (overrides, singletons). */
  public DependencyResolver resolver() {
    return resolver;
  }

  /**
   * Resolves an application-scoped dependency outside a request (start-up hooks, background work).
   *
   * @throws IllegalStateException when the type is not an application-scoped dependency
   */
  public synchronized Object applicationDependency(Class<?> type) {
    DependencyDef def;
    try {
      def = dependencies.compileOutsideRoutes(type);
    } catch (io.brisk.internal.model.StartupException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    if (def.scope() != io.brisk.Scope.APPLICATION) {
      throw new IllegalStateException(type.getName() + " is " + def.scope().name().toLowerCase(java.util.Locale.ROOT)
          + "-scoped; only application-scoped dependencies exist outside a request");
    }
    List<io.brisk.ValidationError> errors = new ArrayList<>();
    return resolver.resolve(def, null, errors);
  }

  /** The route model. */
  public List<Route> routes() {
    return routes;
  }

  /** The compiled routes. */
  public List<CompiledRoute> compiled() {
    return compiled;
  }

  /** The app's JSON mapper. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** A fresh context (own in-flight count and draining state) for one server. */
  private ServerContext newContext() {
    return new ServerContext(dispatcher, executor, options, background);
  }

  /**
   * A context whose handlers run on the calling thread instead of virtual threads, for a
   * connection that one thread drives byte by byte (see {@link io.brisk.testing.RawConnection}):
   * once the bytes are fed and the channel's pending tasks run, every reply they caused is written.
   */
  public ServerContext inlineContext() {
    return new ServerContext(dispatcher, Runnable::run, options, background);
  }

  /** Starts a TCP server on the options' host and this port. */
  public NettyServer startTcp(int port) throws InterruptedException {
    return startTcp(port, false);
  }

  /**
   * Starts a TCP server on the options' host and this port; with {@code holdReads} it listens but
   * accepts no connection until {@link NettyServer#startReading()}.
   */
  public NettyServer startTcp(int port, boolean holdReads) throws InterruptedException {
    NettyServer server = NettyServer.tcp(newContext());
    try {
      server.bind(new java.net.InetSocketAddress(options.host(), port), holdReads);
    } catch (InterruptedException | RuntimeException e) {
      server.stop(System.nanoTime());
      throw e;
    } catch (Exception e) {
      // Netty rethrows the bind failure (a checked exception, such as the port being in use)
      // undeclared: stop the event loops it started, and fail with an unchecked exception.
      server.stop(System.nanoTime());
      throw new IllegalStateException("Cannot listen on " + options.host() + ":" + port + ": " + e.getMessage(), e);
    }
    return server;
  }

  /** The in-process server of the test client, started on first use. */
  public synchronized NettyServer localServer() throws InterruptedException {
    if (local == null) {
      local = NettyServer.local(newContext());
      localAddress = new LocalAddress(LocalAddress.ANY.id() + "-" + System.identityHashCode(this) + "-" + System.nanoTime());
      local.bind(localAddress);
    }
    return local;
  }

  /** The in-process server's address. */
  public synchronized LocalAddress localAddress() throws InterruptedException {
    localServer();
    return localAddress;
  }

  /** Stops the in-process server, if any. */
  public synchronized void stopLocal() {
    if (local != null) {
      local.stop(System.nanoTime());
      local = null;
    }
  }
}

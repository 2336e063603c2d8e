package io.brisk;

import java.time.Duration;
import java.util.Objects;

/**
 * Server settings with safe defaults; change them through {@link Brisk#options()} before start.
 *
 * <p>Every limit is answered with a clear status and a problem document: a body over
 * {@link #maxBodySize} is 413, headers over {@link #maxHeaderSize} are 431, a request line over
 * {@link #maxUriLength} is 414.
 */
public final class ServerOptions {
  private String host = "0.0.0.0";
  private int maxBodySize = 1024 * 1024;
  private int maxHeaderSize = 8 * 1024;
  private int maxUriLength = 8 * 1024;
  private int maxHeaderCount = 100;
  private Duration requestHeaderTimeout = Duration.ofSeconds(30);
  private Duration requestBodyTimeout = Duration.ofSeconds(300);
  private Duration idleTimeout = Duration.ofSeconds(60);
  private Duration shutdownTimeout = Duration.ofSeconds(10);
  private TrailingSlash trailingSlash = TrailingSlash.REDIRECT;
  private ExecutionMode defaultExecution = ExecutionMode.VIRTUAL_THREAD;
  private boolean accessLog = true;
  private boolean banner = true;
  private boolean shutdownHook = true;
  private boolean nativeTransport = true;
  private int ioThreads = 0;
  private ValidationErrorFormat validationErrorFormat = ValidationErrorFormat.PROBLEM;
  private int validationErrorStatus = 422;
  private Duration sseKeepAlive = Duration.ofSeconds(15);
  private int gzipMinimumSize = -1;
  private int uploadThreshold = 16 * 1024;
  private int maxWebSocketMessageSize = 1024 * 1024;
  private boolean http2;
  private javax.net.ssl.KeyManagerFactory tlsKeys;
  private long maxUploadSize = 100L * 1024 * 1024;
  private long maxPartSize = 100L * 1024 * 1024;
  private int maxParts = 1000;
  private java.nio.file.Path uploadDirectory = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
  private int gzipLevel = 6;
  private Duration handlerTimeout = Duration.ZERO;
  private int handlerTimeoutStatus = 503;

  /** The address to bind (default {@code 0.0.0.0}, every interface). */
  public ServerOptions host(String newHost) {
    this.host = Objects.requireNonNull(newHost, "host");
    return this;
  }

  /** The largest request body accepted, in bytes (default 1 MiB); more is 413. */
  public ServerOptions maxBodySize(int bytes) {
    this.maxBodySize = positive(bytes, "maxBodySize");
    return this;
  }

  /** The largest total header size, in bytes (default 8 KiB); more is 431. */
  public ServerOptions maxHeaderSize(int bytes) {
    this.maxHeaderSize = positive(bytes, "maxHeaderSize");
    return this;
  }

  /** The longest request line, in bytes (default 8 KiB); more is 414. */
  public ServerOptions maxUriLength(int bytes) {
    this.maxUriLength = positive(bytes, "maxUriLength");
    return this;
  }

  /** The most header fields a request may have (default 100); more is 431. */
  public ServerOptions maxHeaderCount(int count) {
    this.maxHeaderCount = positive(count, "maxHeaderCount");
    return this;
  }

  /**
   * How long a request's line and headers may take to arrive, from their first byte (default 30 s);
   * then the request is answered 408 and the connection closed. Unlike {@link #idleTimeout}, this
   * catches a client that keeps the connection busy by sending its headers a byte at a time.
   * {@link Duration#ZERO} turns it off.
   */
  public ServerOptions requestHeaderTimeout(Duration timeout) {
    this.requestHeaderTimeout = notNegative(timeout, "requestHeaderTimeout");
    return this;
  }

  /**
   * How long a request's body may take to arrive, from the end of its headers (default 300 s);
   * then the request is answered 408 and the connection closed. Raise it for large uploads over
   * slow links; {@link Duration#ZERO} turns it off.
   */
  public ServerOptions requestBodyTimeout(Duration timeout) {
    this.requestBodyTimeout = notNegative(timeout, "requestBodyTimeout");
    return this;
  }

  /** The header count limit. */
  public int maxHeaderCount() {
    return maxHeaderCount;
  }

  /** The request header timeout ({@link Duration#ZERO} when off). */
  public Duration requestHeaderTimeout() {
    return requestHeaderTimeout;
  }

  /** The request body timeout ({@link Duration#ZERO} when off). */
  public Duration requestBodyTimeout() {
    return requestBodyTimeout;
  }

  /** A connection with no traffic for this long is closed (default 60 s). */
  public ServerOptions idleTimeout(Duration timeout) {
    this.idleTimeout = Objects.requireNonNull(timeout, "idleTimeout");
    return this;
  }

  /** How long {@link Brisk#stop()} waits for in-flight requests (default 10 s). */
  public ServerOptions shutdownTimeout(Duration timeout) {
    this.shutdownTimeout = Objects.requireNonNull(timeout, "shutdownTimeout");
    return this;
  }

  /**
   * How long a handler may take to produce its reply before the request is answered with
   * {@link #handlerTimeoutStatus} (default {@link Duration#ZERO}: no limit).
   *
   * <p>The clock starts when the request is dispatched and stops when the handler's reply is ready
   * (for a {@link java.util.concurrent.CompletionStage} result, when the stage completes); a streamed
   * body may then take as long as it needs. When the time is up the client gets a problem document
   * naming the request id, the handler's virtual thread is interrupted, and whatever the handler
   * returns later is discarded; its request-scoped dependencies still close once it ends, with the
   * timeout as their failure. The synchronous part of a {@code @NonBlocking} handler runs on the event
   * loop and cannot be preempted: only the wait for the stage it returns is timed.
   */
  public ServerOptions handlerTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "handlerTimeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("handlerTimeout must not be negative, not " + timeout);
    }
    this.handlerTimeout = timeout;
    return this;
  }

  /**
   * The status of a request whose handler timed out: 503 (the default, "try again later") or 504
   * (for deployments where the handler is itself a gateway to a slower service).
   */
  public ServerOptions handlerTimeoutStatus(int status) {
    if (status != 503 && status != 504) {
      throw new IllegalArgumentException("handlerTimeoutStatus must be 503 or 504, not " + status);
    }
    this.handlerTimeoutStatus = status;
    return this;
  }

  /** The handler timeout; zero means none. */
  public Duration handlerTimeout() {
    return handlerTimeout;
  }

  /** The status answered when a handler times out. */
  public int handlerTimeoutStatus() {
    return handlerTimeoutStatus;
  }

  /** The trailing-slash policy (default {@link TrailingSlash#REDIRECT}). */
  public ServerOptions trailingSlash(TrailingSlash policy) {
    this.trailingSlash = Objects.requireNonNull(policy, "trailingSlash");
    return this;
  }

  /** Where handlers without {@code @NonBlocking} run (default {@link ExecutionMode#VIRTUAL_THREAD}). */
  public ServerOptions defaultExecution(ExecutionMode mode) {
    this.defaultExecution = Objects.requireNonNull(mode, "defaultExecution");
    return this;
  }

  /** Whether each request is logged on {@code io.brisk.access} (default on). */
  public ServerOptions accessLog(boolean on) {
    this.accessLog = on;
    return this;
  }

  /** Whether start-up logs the URLs served (default on). */
  public ServerOptions banner(boolean on) {
    this.banner = on;
    return this;
  }

  /** Whether a JVM shutdown hook stops the server gracefully (default on). */
  public ServerOptions shutdownHook(boolean on) {
    this.shutdownHook = on;
    return this;
  }

  /** Whether the native epoll transport is used when available (default on; NIO otherwise). */
  public ServerOptions nativeTransport(boolean on) {
    this.nativeTransport = on;
    return this;
  }

  /** The number of event-loop threads; 0 (the default) means one per available core. */
  public ServerOptions ioThreads(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("ioThreads must be >= 0, not " + threads);
    }
    this.ioThreads = threads;
    return this;
  }

  /** The body format of invalid-input answers (default {@link ValidationErrorFormat#PROBLEM}). */
  public ServerOptions validationErrorFormat(ValidationErrorFormat format) {
    this.validationErrorFormat = Objects.requireNonNull(format, "validationErrorFormat");
    return this;
  }

  /** The status of invalid-input answers (default 422; some teams prefer 400). */
  public ServerOptions validationErrorStatus(int status) {
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("validationErrorStatus must be a 4xx status, not " + status);
    }
    this.validationErrorStatus = status;
    return this;
  }

  /** The invalid-input body format. */
  public ValidationErrorFormat validationErrorFormat() {
    return validationErrorFormat;
  }

  /** The invalid-input status. */
  public int validationErrorStatus() {
    return validationErrorStatus;
  }

  /** How long a server-sent event stream may stay silent before a keep-alive comment (default 15 s). */
  public ServerOptions sseKeepAlive(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("sseKeepAlive must be positive, not " + interval);
    }
    this.sseKeepAlive = interval;
    return this;
  }

  /**
   * Compresses responses with gzip for clients that accept it, when the body is at least
   * {@code minimumSize} bytes (streamed bodies always), at a level from 1 (fast) to 9 (small).
   * Already-compressed types, ranges and server-sent events are sent as they are. Off by default.
   */
  public ServerOptions gzip(int minimumSize, int level) {
    if (minimumSize < 0 || level < 1 || level > 9) {
      throw new IllegalArgumentException("gzip needs minimumSize >= 0 and level 1..9");
    }
    this.gzipMinimumSize = minimumSize;
    this.gzipLevel = level;
    return this;
  }

  /** Parts of multipart uploads above this many bytes are spooled to a temporary file (default 16 KiB). */
  public ServerOptions uploadThreshold(int bytes) {
    this.uploadThreshold = positive(bytes, "uploadThreshold");
    return this;
  }

  /** The largest multipart body accepted, in bytes (default 100 MiB); more is 413. */
  public ServerOptions maxUploadSize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxUploadSize must be positive, not " + bytes);
    }
    this.maxUploadSize = bytes;
    return this;
  }

  /** The largest single part of a multipart body, in bytes (default 100 MiB); more is 413. */
  public ServerOptions maxPartSize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxPartSize must be positive, not " + bytes);
    }
    this.maxPartSize = bytes;
    return this;
  }

  /** The most parts (fields and files) a multipart body may have (default 1000); more is 413. */
  public ServerOptions maxParts(int count) {
    this.maxParts = positive(count, "maxParts");
    return this;
  }

  /** Where upload parts are spooled (default the system temporary folder). */
  public ServerOptions uploadDirectory(java.nio.file.Path directory) {
    this.uploadDirectory = Objects.requireNonNull(directory, "uploadDirectory");
    return this;
  }

  /** The largest WebSocket message accepted, in bytes (default 1 MiB); more closes with 1009. */
  public ServerOptions maxWebSocketMessageSize(int bytes) {
    this.maxWebSocketMessageSize = positive(bytes, "maxWebSocketMessageSize");
    return this;
  }

  /**
   * Serves HTTP/2 as well as HTTP/1.1 (off by default): on cleartext connections by prior knowledge
   * or {@code Upgrade: h2c}, and, when {@link #tls} is set, through ALPN.
   */
  public ServerOptions http2(boolean on) {
    this.http2 = on;
    return this;
  }

  /**
   * Serves HTTPS with this key and certificate (a PKCS#12 keystore, for example one made by
   * {@code keytool} or converted from PEM with {@code openssl pkcs12 -export}).
   */
  public ServerOptions tls(java.nio.file.Path pkcs12, char[] password) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(pkcs12)) {
      java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
      store.load(in, password);
      javax.net.ssl.KeyManagerFactory keys =
          javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      this.tlsKeys = keys;
      return this;
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot read the TLS keystore " + pkcs12 + ": " + e.getMessage(), e);
    }
  }

  /** Whether HTTP/2 is on. */
  public boolean http2() {
    return http2;
  }

  /** The TLS keys, when HTTPS is on. */
  public java.util.Optional<javax.net.ssl.KeyManagerFactory> tlsKeys() {
    return java.util.Optional.ofNullable(tlsKeys);
  }

  /** The WebSocket message limit. */
  public int maxWebSocketMessageSize() {
    return maxWebSocketMessageSize;
  }

  /** The spooling threshold. */
  public int uploadThreshold() {
    return uploadThreshold;
  }

  /** The multipart body limit. */
  public long maxUploadSize() {
    return maxUploadSize;
  }

  /** The part size limit. */
  public long maxPartSize() {
    return maxPartSize;
  }

  /** The part count limit. */
  public int maxParts() {
    return maxParts;
  }

  /** The upload folder. */
  public java.nio.file.Path uploadDirectory() {
    return uploadDirectory;
  }

  /** The gzip minimum size, or -1 when gzip is off. */
  public int gzipMinimumSize() {
    return gzipMinimumSize;
  }

  /** The gzip level. */
  public int gzipLevel() {
    return gzipLevel;
  }

  /** The SSE keep-alive interval. */
  public Duration sseKeepAlive() {
    return sseKeepAlive;
  }

  /** The bind address. */
  public String host() {
    return host;
  }

  /** The body limit in bytes. */
  public int maxBodySize() {
    return maxBodySize;
  }

  /** The header limit in bytes. */
  public int maxHeaderSize() {
    return maxHeaderSize;
  }

  /** The request-line limit in bytes. */
  public int maxUriLength() {
    return maxUriLength;
  }

  /** The idle timeout. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** The graceful shutdown timeout. */
  public Duration shutdownTimeout() {
    return shutdownTimeout;
  }

  /** The trailing-slash policy. */
  public TrailingSlash trailingSlash() {
    return trailingSlash;
  }

  /** The default execution mode. */
  public ExecutionMode defaultExecution() {
    return defaultExecution;
  }

  /** Whether the access log is on. */
  public boolean accessLog() {
    return accessLog;
  }

  /** Whether the banner is on. */
  public boolean banner() {
    return banner;
  }

  /** Whether the shutdown hook is installed. */
  public boolean shutdownHook() {
    return shutdownHook;
  }

  /** Whether native transport is preferred. */
  public boolean nativeTransport() {
    return nativeTransport;
  }

  /** The event-loop thread count (0 = per core). */
  public int ioThreads() {
    return ioThreads;
  }

  private static Duration notNegative(Duration value, String name) {
    if (Objects.requireNonNull(value, name).isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, not " + value);
    }
    return value;
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    return value;
  }
}

package io.brisk.internal.http;

import io.brisk.HttpMethod;
import io.brisk.Request;
import io.brisk.ResponseHeaders;
import io.brisk.internal.routing.PercentDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request on its way through the app: the Netty request, what routing found, and what the
 * handler sets on the response. Query parameters and cookies are parsed on first use.
 *
 * <p>Confined to one thread at a time (the event loop, then the handler's thread).
 */
public final class Exchange implements Request {
  private static final InetSocketAddress IN_PROCESS = new InetSocketAddress("127.0.0.1", 0);

  private final FullHttpRequest request;
  private final HttpMethod method;
  private final String rawPath;
  /** A String, or a {@link GeneratedId} turned into one only when asked. */
  private final CharSequence requestId;
  private final SocketAddress remote;
  private static final String[] NO_VALUES = new String[0];
  private String[] pathValues = NO_VALUES;
  private String[] query;
  private String decodedPath;
  private MutableResponseHeaders responseHeaders;
  private List<String> pathNames = List.of();
  // Volatile: a handler timeout records it from the event loop while the handler may still run.
  private volatile Throwable failure;
  private List<String> requiredScopes = List.of();
  /** What most requests never use, made on first use, so that a plain request's exchange stays small. */
  private Occasional occasional;

  // The connection's bookkeeping of this request between its arrival and its response being
  // written: RequestHandler's, touched on the connection's event loop only.
  /** The request's position on its connection: responses are written in this order. */
  long seq;
  /** {@link System#nanoTime()} at arrival, for the access log. */
  long start;
  boolean keepAlive;
  /** A HEAD request: the answer has no body, whichever handler made it. */
  boolean head;
  boolean http10;
  /** The handler timeout answered: the handler, still running, owns the request's resources. */
  boolean abandoned;
  /** What to write: a response, a stream or a pump reply. */
  Object reply;
  /** The handler timeout, when one is configured and the handler runs off the event loop. */
  HandlerDeadline deadline;

  /** The state of forms, cookies, dependencies, background tasks and proxy headers. */
  private static final class Occasional {
    Map<String, List<String>> form;
    Map<String, String> cookies;
    Map<Class<?>, Object> dependencies;
    java.util.ArrayList<AutoCloseable> resources;
    List<Runnable> tasks;
    String scheme = "http";
    String forwardedHost;
    String rootPath = "";
    InetSocketAddress forwardedFor;
  }

  private Occasional occasional() {
    Occasional o = occasional;
    if (o == null) {
      o = new Occasional();
      occasional = o;
    }
    return o;
  }

  /** An exchange for a request whose path (before {@code ?}) is {@code rawPath}. */
  public Exchange(FullHttpRequest request, HttpMethod method, String rawPath, CharSequence requestId,
      SocketAddress remote) {
    this.request = request;
    this.method = method;
    this.rawPath = rawPath;
    this.requestId = requestId;
    this.remote = remote;
  }

  /** Records the path variables the route table found, and their names in template order. */
  public void pathValues(String[] values, List<String> names) {
    this.pathValues = values;
    this.pathNames = names;
  }

  /** A path variable by name (for dependencies, which are shared by routes of different templates). */
  public String pathValue(String name) {
    int i = pathNames.indexOf(name);
    return i < 0 ? null : pathValue(i);
  }

  /** The request-scoped value of a dependency, or {@code null}. */
  public Object dependency(Class<?> key) {
    Occasional o = occasional;
    return o == null || o.dependencies == null ? null : o.dependencies.get(key);
  }

  /** Caches a request-scoped dependency value. */
  public void dependency(Class<?> key, Object value) {
    Occasional o = occasional();
    if (o.dependencies == null) {
      o.dependencies = new HashMap<>();
    }
    o.dependencies.put(key, value);
  }

  /** Remembers a value to close after the response. */
  public void resource(AutoCloseable resource) {
    Occasional o = occasional();
    if (o.resources == null) {
      o.resources = new java.util.ArrayList<>();
    }
    o.resources.add(resource);
  }

  /** Whether background tasks were added. */
  public boolean hasTasks() {
    Occasional o = occasional;
    return o != null && o.tasks != null && !o.tasks.isEmpty();
  }

  /** Whether values wait to be closed. */
  public boolean hasResources() {
    Occasional o = occasional;
    return o != null && o.resources != null && !o.resources.isEmpty();
  }

  /** The request's background tasks, for handlers and dependencies that declare them. */
  public io.brisk.BackgroundTasks backgroundTasks() {
    return task -> {
      Occasional o = occasional();
      if (o.tasks == null) {
        o.tasks = new java.util.ArrayList<>();
      }
      o.tasks.add(java.util.Objects.requireNonNull(task, "task"));
      return backgroundTasks();
    };
  }

  /** The tasks added, unless the request failed (then none run); empty when none. */
  public List<Runnable> tasksToRun() {
    Occasional o = occasional;
    return o == null || o.tasks == null || failure != null ? List.of() : List.copyOf(o.tasks);
  }

  /** Records the scopes the matched route requires. */
  public void requiredScopes(List<String> scopes) {
    this.requiredScopes = scopes;
  }

  /** The scopes the matched route requires. */
  public List<String> requiredScopes() {
    return requiredScopes;
  }

  /** Records the exception the request failed with (dependencies see it when closed). */
  public void failure(Throwable t) {
    if (failure == null) {
      failure = t;
    }
  }

  /** Whether the request was already answered by the handler timeout. */
  boolean timedOut() {
    return failure instanceof HandlerTimeoutException;
  }

  /**
   * Runs {@link io.brisk.RequestResource#beforeResponse} of the remembered values, newest first;
   * every one runs, and the first exception is thrown (the others suppressed).
   */
  public void beforeResponse() throws Exception {
    List<AutoCloseable> resources = occasional == null ? null : occasional.resources;
    if (resources == null) {
      return;
    }
    Optional<Throwable> outcome = Optional.ofNullable(failure);
    Exception first = null;
    for (int i = resources.size() - 1; i >= 0; i--) {
      if (resources.get(i) instanceof io.brisk.RequestResource r) {
        try {
          r.beforeResponse(outcome);
        } catch (Exception e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Closes the remembered values, newest first, telling {@link io.brisk.RequestResource}s how the
   * request ended; a failing close is logged and the others still close.
   */
  public void closeResources() {
    List<AutoCloseable> resources = occasional == null ? null : occasional.resources;
    if (resources == null) {
      return;
    }
    Optional<Throwable> outcome = Optional.ofNullable(failure);
    for (int i = resources.size() - 1; i >= 0; i--) {
      AutoCloseable c = resources.get(i);
      try {
        if (c instanceof io.brisk.RequestResource r) {
          r.close(outcome);
        } else {
          c.close();
        }
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(Exchange.class).error(
            "Closing dependency {} failed [request id {}]", c.getClass().getName(), requestId(), e);
      }
    }
    occasional.resources = null;
  }

  /** A path variable by template position. */
  public String pathValue(int index) {
    return index < pathValues.length ? pathValues[index] : null;
  }

  /** The path as sent, still percent-encoded. */
  public String rawPath() {
    return rawPath;
  }

  /** The Netty request. */
  public FullHttpRequest nettyRequest() {
    return request;
  }

  /** The body bytes (not copied; valid until the request is released). */
  public ByteBuf content() {
    return request.content();
  }

  /** Every value of a query parameter. */
  public List<String> queryValues(String name) {
    String[] q = query;
    if (q == null) {
      q = QueryPairs.parse(request.uri());
      query = q;
    }
    return QueryPairs.values(q, name);
  }

  /**
   * Every value of a form field of an {@code application/x-www-form-urlencoded} body.
   *
   * @throws io.brisk.HttpException 415 when the body has another content type
   */
  public List<String> formValues(String name) {
    Occasional o = occasional();
    Map<String, List<String>> f = o.form;
    if (f == null) {
      f = parseForm();
      o.form = f;
    }
    List<String> values = f.get(name);
    return values == null ? List.of() : values;
  }

  /**
   * The files of a field of a {@code multipart/form-data} body.
   *
   * @throws io.brisk.HttpException 415 when the request is not multipart
   */
  public List<io.brisk.UploadedFile> files(String name) {
    if (request instanceof io.brisk.internal.multipart.MultipartRequest multipart) {
      return multipart.files(name);
    }
    String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
    throw new io.brisk.HttpException(415, "This endpoint reads multipart/form-data, not "
        + (type == null ? "a body without a content type" : type.split(";", 2)[0].trim()));
  }

  private Map<String, List<String>> parseForm() {
    if (request instanceof io.brisk.internal.multipart.MultipartRequest multipart) {
      return multipart.fields();
    }
    ByteBuf content = request.content();
    if (!content.isReadable()) {
      return Map.of();
    }
    String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
    String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (!media.equals("application/x-www-form-urlencoded")) {
      throw new io.brisk.HttpException(415, "This endpoint reads application/x-www-form-urlencoded, not "
          + (media.isEmpty() ? "a body without a content type" : media));
    }
    try {
      return new QueryStringDecoder(content.toString(java.nio.charset.StandardCharsets.UTF_8), false).parameters();
    } catch (IllegalArgumentException e) {
      throw io.brisk.HttpException.badRequest("The form body is not valid: " + e.getMessage());
    }
  }

  /** The first value of a header, or {@code null}. */
  public String headerValue(String name) {
    return request.headers().get(name);
  }

  /** Every value of a header. */
  public List<String> headerValues(String name) {
    return request.headers().getAll(name);
  }

  /** A cookie value, or {@code null}. */
  public String cookieValue(String name) {
    Occasional o = occasional();
    Map<String, String> c = o.cookies;
    if (c == null) {
      c = new HashMap<>();
      for (String header : request.headers().getAll(HttpHeaderNames.COOKIE)) {
        for (io.netty.handler.codec.http.cookie.Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
          c.putIfAbsent(cookie.name(), cookie.value());
        }
      }
      o.cookies = c;
    }
    return c.get(name);
  }

  /** The response settings made by the handler, created on first use. */
  public MutableResponseHeaders responseHeaders() {
    if (responseHeaders == null) {
      responseHeaders = new MutableResponseHeaders();
    }
    return responseHeaders;
  }

  /** The response settings, or {@code null} when the handler set none. */
  public MutableResponseHeaders responseHeadersOrNull() {
    return responseHeaders;
  }



  @Override
  public HttpMethod method() {
    return method;
  }

  @Override
  public String path() {
    if (decodedPath == null) {
      StringBuilder sb = new StringBuilder();
      for (String segment : rawPath.split("/", -1)) {
        if (!sb.isEmpty() || !segment.isEmpty()) {
          sb.append('/').append(PercentDecoder.decode(segment));
        }
      }
      decodedPath = sb.isEmpty() ? "/" : sb.toString();
    }
    return decodedPath;
  }

  @Override
  public String uri() {
    return request.uri();
  }

  @Override
  public Optional<String> query(String name) {
    List<String> v = queryValues(name);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  @Override
  public List<String> queryAll(String name) {
    return queryValues(name);
  }

  @Override
  public Optional<String> header(String name) {
    return Optional.ofNullable(headerValue(name));
  }

  @Override
  public List<String> headerAll(String name) {
    return headerValues(name);
  }

  @Override
  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookieValue(name));
  }

  @Override
  public String requestId() {
    return requestId.toString();
  }

  /** The request id as it is kept: a {@link GeneratedId} is written into the header without a String. */
  CharSequence requestIdChars() {
    return requestId;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    if (occasional != null && occasional.forwardedFor != null) {
      return occasional.forwardedFor;
    }
    return remote instanceof InetSocketAddress inet ? inet : IN_PROCESS;
  }

  @Override
  public String scheme() {
    return occasional == null ? "http" : occasional.scheme;
  }

  @Override
  public String host() {
    if (occasional != null && occasional.forwardedHost != null) {
      return occasional.forwardedHost;
    }
    String h = request.headers().get(HttpHeaderNames.HOST);
    return h == null ? "" : h;
  }

  @Override
  public String rootPath() {
    return occasional == null ? "" : occasional.rootPath;
  }

  /** Applies what a trusted proxy says about the original request. */
  public void forwarded(InetSocketAddress client, String newScheme, String newHost, String prefix) {
    Occasional o = occasional();
    if (client != null) {
      o.forwardedFor = client;
    }
    if (newScheme != null) {
      o.scheme = newScheme;
    }
    if (newHost != null) {
      o.forwardedHost = newHost;
    }
    if (prefix != null) {
      o.rootPath = prefix;
    }
  }

  /** The peer's own address, ignoring proxy headers. */
  public SocketAddress peerAddress() {
    return remote;
  }

  @Override
  public byte[] body() {
    return ByteBufUtil.getBytes(request.content());
  }

  /** The response settings a handler makes through {@link ResponseHeaders}. */
  public static final class MutableResponseHeaders implements ResponseHeaders {
    final io.netty.handler.codec.http.HttpHeaders headers =
        new io.netty.handler.codec.http.DefaultHttpHeaders();
    final java.util.List<io.brisk.Cookie> cookies = new java.util.ArrayList<>();
    int status;

    @Override
    public ResponseHeaders set(String name, String value) {
      headers.set(name, value);
      return this;
    }

    @Override
    public ResponseHeaders add(String name, String value) {
      headers.add(name, value);
      return this;
    }

    @Override
    public ResponseHeaders cookie(io.brisk.Cookie cookie) {
      cookies.add(cookie);
      return this;
    }

    @Override
    public ResponseHeaders status(int newStatus) {
      if (newStatus < 100 || newStatus > 599) {
        throw new IllegalArgumentException("HTTP status must be 100..599, not " + newStatus);
      }
      this.status = newStatus;
      return this;
    }
  }
}

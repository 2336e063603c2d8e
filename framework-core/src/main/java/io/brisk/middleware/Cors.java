package io.brisk.middleware;

import io.brisk.HttpException;
import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;
import io.brisk.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cross-origin resource sharing: answers preflight requests and adds the CORS headers to
 * responses for allowed origins. Register it as app middleware, so that preflights for any path
 * are answered: {@code app.use(Cors.allowOrigins("https://app.example.com").allowCredentials(true))}.
 *
 * <p>A preflight from an origin that is not allowed (or asking for a method or header that is
 * not) is answered 400; actual requests from such origins are served without CORS headers, so the
 * browser blocks the page from reading them. Immutable and thread-safe.
 */
public final class Cors implements Middleware {
  private static final List<String> ALL_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final Set<String> origins;
  private final Pattern originPattern;
  private final List<String> methods;
  private final Set<String> headers;
  private final boolean credentials;
  private final List<String> expose;
  private final Duration maxAge;

  private Cors(Set<String> origins, Pattern originPattern, List<String> methods, Set<String> headers,
      boolean credentials, List<String> expose, Duration maxAge) {
    this.origins = Set.copyOf(origins);
    this.originPattern = originPattern;
    this.methods = List.copyOf(methods);
    this.headers = Set.copyOf(headers);
    this.credentials = credentials;
    this.expose = List.copyOf(expose);
    this.maxAge = maxAge;
  }

  /** Allows these origins ({@code "*"} for any), every method, and the CORS-safelisted headers. */
  public static Cors allowOrigins(String... allowed) {
    return new Cors(Set.of(allowed), null, ALL_METHODS, Set.of(), false, List.of(), Duration.ofMinutes(10));
  }

  /** Also allows origins matching a regular expression (whole match), e.g. {@code https://.*\.example\.com}. */
  public Cors allowOriginRegex(String regex) {
    return new Cors(origins, Pattern.compile(regex), methods, headers, credentials, expose, maxAge);
  }

  /** The methods allowed ({@code "*"} for every method; default every method). */
  public Cors allowMethods(String... allowed) {
    List<String> m = List.of(allowed).contains("*") ? ALL_METHODS
        : List.of(allowed).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    return new Cors(origins, originPattern, m, headers, credentials, expose, maxAge);
  }

  /** The request headers allowed beyond the safelisted ones ({@code "*"} for any). */
  public Cors allowHeaders(String... allowed) {
    Set<String> h = new LinkedHashSet<>();
    for (String a : allowed) {
      h.add(a.toLowerCase(Locale.ROOT));
    }
    return new Cors(origins, originPattern, methods, h, credentials, expose, maxAge);
  }

  /** Whether cookies and authorization may be sent (then origins are echoed, never {@code *}). */
  public Cors allowCredentials(boolean on) {
    return new Cors(origins, originPattern, methods, headers, on, expose, maxAge);
  }

  /** Response headers the page may read. */
  public Cors exposeHeaders(String... names) {
    return new Cors(origins, originPattern, methods, headers, credentials, List.of(names), maxAge);
  }

  /** How long browsers may cache a preflight answer (default 10 minutes). */
  public Cors maxAge(Duration duration) {
    return new Cors(origins, originPattern, methods, headers, credentials, expose, duration);
  }

  @Override
  public Reply handle(Request request, Chain chain) throws Exception {
    Optional<String> origin = request.header("Origin");
    if (origin.isEmpty()) {
      return chain.next();
    }
    boolean allowed = allowed(origin.get());
    Optional<String> preflightMethod = request.header("Access-Control-Request-Method");
    if (request.method() == io.brisk.HttpMethod.OPTIONS && preflightMethod.isPresent()) {
      return preflight(origin.get(), allowed, preflightMethod.get(), request, chain);
    }
    Reply reply = chain.next();
    if (allowed) {
      reply.header("Access-Control-Allow-Origin", allowOriginValue(origin.get()));
      if (credentials) {
        reply.header("Access-Control-Allow-Credentials", "true");
      }
      if (!expose.isEmpty()) {
        reply.header("Access-Control-Expose-Headers", String.join(", ", expose));
      }
    }
    reply.addHeader("Vary", "Origin");
    return reply;
  }

  private Reply preflight(String origin, boolean allowed, String method, Request request, Chain chain) {
    List<String> problems = new ArrayList<>();
    if (!allowed) {
      problems.add("origin");
    }
    if (!methods.contains(method.trim().toUpperCase(Locale.ROOT))) {
      problems.add("method");
    }
    String requested = request.header("Access-Control-Request-Headers").orElse("");
    if (!headers.contains("*")) {
      for (String h : requested.split(",")) {
        String name = h.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !headers.contains(name) && !safelisted(name)) {
          problems.add("headers");
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new HttpException(400, "Disallowed CORS " + String.join(", ", problems));
    }
    Response<Void> ok = Response.<Void>status(204)
        .header("Access-Control-Allow-Origin", allowOriginValue(origin))
        .header("Access-Control-Allow-Methods", String.join(", ", methods))
        .header("Access-Control-Max-Age", String.valueOf(maxAge.toSeconds()))
        .header("Vary", "Origin");
    if (!requested.isBlank()) {
      ok = ok.header("Access-Control-Allow-Headers", requested);
    }
    if (credentials) {
      ok = ok.header("Access-Control-Allow-Credentials", "true");
    }
    return chain.respond(ok);
  }

  private boolean allowed(String origin) {
    return origins.contains("*") || origins.contains(origin)
        || (originPattern != null && originPattern.matcher(origin).matches());
  }

  private String allowOriginValue(String origin) {
    return origins.contains("*") && !credentials ? "*" : origin;
  }

  private static boolean safelisted(String header) {
    return header.equals("accept") || header.equals("accept-language") || header.equals("content-language")
        || header.equals("content-type");
  }
}

package io.brisk.internal.http;

import io.brisk.HttpException;
import io.brisk.Request;
import io.brisk.Response;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;
import io.brisk.annotation.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/** The routes of {@link io.brisk.StaticFiles}: the prefix itself and everything below it. */
@Hidden
public final class StaticFilesHandler {
  private final java.nio.file.Path root;
  private final String classpathFolder;
  private final boolean spaFallback;
  private final String index;
  private final String cacheControl;

  /** A handler for a directory (or, when {@code root} is {@code null}, a classpath folder). */
  public StaticFilesHandler(java.nio.file.Path root, String classpathFolder, boolean spaFallback, String index,
      Duration maxAge) {
    this.root = root == null ? null : realRoot(root);
    this.classpathFolder = classpathFolder;
    this.spaFallback = spaFallback;
    this.index = index;
    this.cacheControl = "public, max-age=" + maxAge.toSeconds();
  }

  /** The index page of the prefix. */
  @Get("/")
  public Response<?> root(Request request) {
    return serve("", request);
  }

  /** A file below the prefix. */
  @Get("/{*file}")
  public Response<?> file(@Path("file") String file, Request request) {
    return serve(file, request);
  }

  private Response<?> serve(String relative, Request request) {
    Optional<Response<?>> found = find(relative, false);
    if (found.isEmpty() && spaFallback && acceptsHtml(request)) {
      found = find("", true);
    }
    return found.orElseThrow(() -> HttpException.notFound("No file at " + request.path()));
  }

  private Optional<Response<?>> find(String relative, boolean fallback) {
    if (!safe(relative)) {
      return Optional.empty();
    }
    boolean isIndex = relative.isEmpty() || relative.endsWith("/");
    String name = isIndex ? relative + index : relative;
    String cache = isIndex || fallback || name.endsWith("/" + index) || name.equals(index) ? "no-cache" : cacheControl;
    if (root != null) {
      java.nio.file.Path candidate = root.resolve(name).normalize();
      if (!candidate.startsWith(root) || !Files.exists(candidate)) {
        return Optional.empty();
      }
      try {
        java.nio.file.Path real = candidate.toRealPath();
        if (!real.startsWith(root)) {
          return Optional.empty(); // a symbolic link out of the root
        }
        if (Files.isDirectory(real)) {
          return isIndex ? Optional.empty() : find(relative + "/", fallback);
        }
        return Optional.of(Response.ok(real).header("Cache-Control", cache));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    URL url = Thread.currentThread().getContextClassLoader().getResource(classpathFolder + "/" + name);
    if (url == null || url.getPath().endsWith("/")) {
      return Optional.empty();
    }
    try {
      InputStream in = url.openStream();
      return Optional.of(Response.ok(in).contentType(MediaTypes.of(java.nio.file.Path.of(name)))
          .header("Cache-Control", cache));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rejects every way out of the root before touching the file system. */
  static boolean safe(String relative) {
    if (relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0 || relative.indexOf(':') >= 0
        || relative.startsWith("/")) {
      return false;
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean acceptsHtml(Request request) {
    return request.method() == io.brisk.HttpMethod.GET
        && request.header("Accept").map(a -> a.contains("text/html")).orElse(false);
  }

  private static java.nio.file.Path realRoot(java.nio.file.Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      throw new IllegalStateException("The static files folder " + root + " does not exist", e);
    }
  }
}

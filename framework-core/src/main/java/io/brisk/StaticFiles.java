package io.brisk;

import io.brisk.internal.http.StaticFilesHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Serves a directory or a classpath folder under a prefix, for assets and single-page apps.
 *
 * <pre>{@code
 * app.include(StaticFiles.directory(Path.of("public")).at("/static"));
 * app.include(StaticFiles.classpath("web").spaFallback(true).at("/"));
 * }</pre>
 *
 * <p>Content types come from file extensions; files from a directory carry {@code ETag} and
 * {@code Last-Modified} and answer conditional requests (304) and ranges (206). Paths that try to
 * leave the root — {@code ..}, its encoded forms, backslashes, symbolic links pointing outside —
 * are 404. With the SPA fallback, a browser navigation (a GET accepting {@code text/html}) to a
 * path with no file gets the index page, so that client-side routes survive a reload. Immutable.
 */
public final class StaticFiles {
  private final Path directory;
  private final String classpathFolder;
  private final boolean spaFallback;
  private final String index;
  private final Duration maxAge;

  private StaticFiles(Path directory, String classpathFolder, boolean spaFallback, String index, Duration maxAge) {
    this.directory = directory;
    this.classpathFolder = classpathFolder;
    this.spaFallback = spaFallback;
    this.index = index;
    this.maxAge = maxAge;
  }

  /** Files of a directory on disk. */
  public static StaticFiles directory(Path root) {
    return new StaticFiles(Objects.requireNonNull(root, "root").toAbsolutePath().normalize(), null, false,
        "index.html", Duration.ofHours(1));
  }

  /** Resources of a classpath folder (for example {@code "web"} for {@code src/main/resources/web}). */
  public static StaticFiles classpath(String folder) {
    String f = folder.replaceAll("^/+|/+$", "");
    return new StaticFiles(null, f, false, "index.html", Duration.ofHours(1));
  }

  /** Serves the index page for browser navigations to paths without a file. */
  public StaticFiles spaFallback(boolean on) {
    return new StaticFiles(directory, classpathFolder, on, index, maxAge);
  }

  /** The index file of a folder (default {@code index.html}). */
  public StaticFiles index(String fileName) {
    return new StaticFiles(directory, classpathFolder, spaFallback, fileName, maxAge);
  }

  /** How long clients may cache files ({@code Cache-Control: public, max-age}; default 1 hour). Index pages are never cached. */
  public StaticFiles maxAge(Duration duration) {
    return new StaticFiles(directory, classpathFolder, spaFallback, index, duration);
  }

  /** The routes serving the files under a prefix, to {@link Brisk#include}. */
  public RouteGroup at(String prefix) {
    return RouteGroup.prefix(prefix).include(
        new StaticFilesHandler(directory, classpathFolder, spaFallback, index, maxAge));
  }
}

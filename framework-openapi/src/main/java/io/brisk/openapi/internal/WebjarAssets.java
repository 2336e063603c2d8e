package io.brisk.openapi.internal;

import io.brisk.HttpException;
import io.brisk.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A few files of a webjar on the classpath (its version read from the webjar's own
 * {@code pom.properties}), served by name; anything else is 404. Files are read on first use and
 * kept; thread-safe.
 */
final class WebjarAssets {
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "html", "text/html; charset=utf-8",
      "png", "image/png");

  private final String base;
  private final Set<String> files;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  private WebjarAssets(String base, Set<String> files) {
    this.base = base;
    this.files = files;
  }

  /** The webjar {@code org.webjars:<artifact>}, when it is on the classpath with its first file. */
  static Optional<WebjarAssets> find(String artifact, Set<String> files, String firstFile) {
    ClassLoader loader = WebjarAssets.class.getClassLoader();
    Properties pom = new Properties();
    try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars/" + artifact + "/pom.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = "META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version", "") + "/";
    if (loader.getResource(base + firstFile) == null) {
      return Optional.empty();
    }
    return Optional.of(new WebjarAssets(base, files));
  }

  /** A file's bytes with its content type, cacheable for a day; 404 for any other name. */
  Response<byte[]> serve(String file) {
    if (!files.contains(file)) {
      throw HttpException.notFound("No such file");
    }
    byte[] bytes = cache.computeIfAbsent(file, this::read);
    int dot = file.lastIndexOf('.');
    String type = TYPES.getOrDefault(file.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    return Response.ok(bytes).contentType(type).header("Cache-Control", "public, max-age=86400");
  }

  private byte[] read(String file) {
    try (InputStream in = WebjarAssets.class.getClassLoader().getResourceAsStream(base + file)) {
      if (in == null) {
        throw HttpException.notFound("No such file");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

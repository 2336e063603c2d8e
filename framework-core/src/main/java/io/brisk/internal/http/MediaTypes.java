package io.brisk.internal.http;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Content types of files by extension, for the common web types. */
final class MediaTypes {
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"),
      Map.entry("gz", "application/gzip"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"));

  private MediaTypes() {}

  static String of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
  }
}

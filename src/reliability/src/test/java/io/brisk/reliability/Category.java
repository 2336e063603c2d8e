package io.brisk.reliability;

/** The groups of the hostile-input table, in the order they are listed. */
enum Category {
  LIMITS("Size limits"),
  REQUEST_LINE("Request line and method"),
  HEADERS("Header syntax"),
  FRAMING("Message framing (request smuggling)"),
  SLOW_CLIENTS("Slow clients"),
  ENCODING("Percent-encoding and UTF-8"),
  JSON("JSON bodies"),
  MULTIPART("Multipart uploads"),
  STATIC_FILES("Static files (path traversal)"),
  TOKENS("JWT bearer tokens"),
  CORS_AND_HOST("CORS and Host"),
  HTTP2("HTTP/2 frames");

  final String title;

  Category(String title) {
    this.title = title;
  }
}

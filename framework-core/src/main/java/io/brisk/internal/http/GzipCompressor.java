package io.brisk.internal.http;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import java.util.Locale;

/**
 * Gzip for responses of clients that accept it, above a minimum size, skipping bodies that are
 * already compressed (a {@code Content-Encoding}, images, video, audio, archives) and server-sent
 * events (compression would hold events back in the compressor's buffer).
 */
final class GzipCompressor extends HttpContentCompressor {
  GzipCompressor(int minimumSize, int level) {
    super(minimumSize, StandardCompressionOptions.gzip(level, 15, 8));
  }

  @Override
  protected Result beginEncode(HttpResponse response, String acceptEncoding) throws Exception {
    String type = response.headers().get(HttpHeaderNames.CONTENT_TYPE, "").toLowerCase(Locale.ROOT);
    if (type.startsWith("text/event-stream") || type.startsWith("image/") && !type.startsWith("image/svg")
        || type.startsWith("video/") || type.startsWith("audio/") || type.startsWith("application/zip")
        || type.startsWith("application/gzip") || type.startsWith("font/woff")
        || response.headers().contains(HttpHeaderNames.CONTENT_RANGE)) {
      return null;
    }
    return super.beginEncode(response, acceptEncoding);
  }
}

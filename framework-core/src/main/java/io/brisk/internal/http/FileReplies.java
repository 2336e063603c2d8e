package io.brisk.internal.http;

import io.brisk.HttpException;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Date;

/**
 * File responses with validators and ranges: {@code ETag} and {@code Last-Modified}, 304 for a
 * matching {@code If-None-Match} or {@code If-Modified-Since}, 206 for a single satisfiable
 * {@code Range} (honouring {@code If-Range}), 416 for an unsatisfiable one.
 */
final class FileReplies {
  private static final int CHUNK = 16 * 1024;

  private FileReplies() {}

  static Object file(Path path, HttpResponseStatus status, String contentType, Exchange exchange) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw HttpException.notFound("The requested file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!attributes.isRegularFile()) {
      throw HttpException.notFound("The requested file does not exist");
    }
    long size = attributes.size();
    long modifiedSeconds = attributes.lastModifiedTime().toMillis() / 1000;
    String etag = "W/\"" + Long.toHexString(size) + "-" + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
    String lastModified = DateFormatter.format(new Date(modifiedSeconds * 1000));
    String type = contentType != null ? contentType : MediaTypes.of(path);
    HttpHeaders request = exchange.nettyRequest().headers();
    if (status.code() == 200) {
      if (notModified(request, etag, modifiedSeconds)) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED,
            Unpooled.EMPTY_BUFFER);
        validators(r.headers(), etag, lastModified);
        return r;
      }
      String range = request.get(HttpHeaderNames.RANGE);
      if (range != null && ifRangeMatches(request.get(HttpHeaderNames.IF_RANGE), etag, lastModified)) {
        long[] span = parseRange(range, size);
        if (span == null) {
          FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
              HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE, Unpooled.EMPTY_BUFFER);
          r.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes */" + size);
          r.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
          return r;
        }
        if (span.length == 2) {
          long length = span[1] - span[0] + 1;
          HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.PARTIAL_CONTENT);
          head.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
          head.headers().set(HttpHeaderNames.CONTENT_LENGTH, length);
          head.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes " + span[0] + "-" + span[1] + "/" + size);
          validators(head.headers(), etag, lastModified);
          return new StreamReply(head, chunks(path, span[0], length));
        }
      }
    }
    HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    head.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
    head.headers().set(HttpHeaderNames.CONTENT_LENGTH, size);
    validators(head.headers(), etag, lastModified);
    return new StreamReply(head, chunks(path, 0, size));
  }

  private static ChunkedNioFile chunks(Path path, long offset, long length) {
    try {
      return new ChunkedNioFile(open(path), offset, length, CHUNK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileChannel open(Path path) {
    try {
      return FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw HttpException.notFound("The requested file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void validators(HttpHeaders headers, String etag, String lastModified) {
    headers.set(HttpHeaderNames.ETAG, etag);
    headers.set(HttpHeaderNames.LAST_MODIFIED, lastModified);
    headers.set(HttpHeaderNames.ACCEPT_RANGES, "bytes");
  }

  private static boolean notModified(HttpHeaders request, String etag, long modifiedSeconds) {
    String noneMatch = request.get(HttpHeaderNames.IF_NONE_MATCH);
    if (noneMatch != null) {
      for (String candidate : noneMatch.split(",")) {
        String c = candidate.trim();
        if (c.equals("*") || weak(c).equals(weak(etag))) {
          return true;
        }
      }
      return false;
    }
    String since = request.get(HttpHeaderNames.IF_MODIFIED_SINCE);
    if (since != null) {
      Date date = DateFormatter.parseHttpDate(since);
      return date != null && modifiedSeconds <= date.getTime() / 1000;
    }
    return false;
  }

  private static boolean ifRangeMatches(String ifRange, String etag, String lastModified) {
    return ifRange == null || ifRange.equals(etag) || ifRange.equals(lastModified);
  }

  private static String weak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /**
   * The inclusive byte span of a single range; an empty array for a form we do not serve as a
   * range (several ranges, other units: the whole file is sent); {@code null} when unsatisfiable.
   */
  static long[] parseRange(String header, long size) {
    if (!header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return new long[0];
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return new long[0];
    }
    try {
      String first = spec.substring(0, dash).trim();
      String last = spec.substring(dash + 1).trim();
      long start;
      long end;
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        if (suffix <= 0) {
          return null;
        }
        start = Math.max(0, size - suffix);
        end = size - 1;
      } else {
        start = Long.parseLong(first);
        end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
        if (!last.isEmpty() && Long.parseLong(last) < start) {
          return new long[0];
        }
      }
      if (start >= size || size == 0) {
        return null;
      }
      return new long[] {start, end};
    } catch (NumberFormatException e) {
      return new long[0];
    }
  }
}

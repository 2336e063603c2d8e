package io.brisk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file part of a {@code multipart/form-data} request. Parts above the upload threshold
 * (16 KiB by default) were spooled to a temporary file while they arrived; the file is deleted after
 * the response is sent, so read or save the content while handling the request.
 */
public interface UploadedFile {
  /** The form field name. */
  String fieldName();

  /** The file name the client sent (may be empty; never trust it as a path). */
  String filename();

  /** The content type the client declared ({@code application/octet-stream} when none). */
  String contentType();

  /**
   * The part's headers as the client sent them, lower-case names: {@code content-disposition},
   * {@code content-type}, and {@code content-transfer-encoding} when present.
   */
  java.util.Map<String, String> headers();

  /** The size in bytes. */
  long size();

  /** Whether the content is held in memory rather than in a temporary file. */
  boolean inMemory();

  /** Reads the content as a stream (from memory or the temporary file). */
  InputStream open() throws IOException;

  /** The whole content; mind the size. */
  byte[] bytes() throws IOException;

  /** Copies the content to a file (replacing it) and returns that path. */
  Path saveTo(Path target) throws IOException;
}

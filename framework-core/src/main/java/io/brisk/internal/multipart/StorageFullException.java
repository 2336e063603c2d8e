package io.brisk.internal.multipart;

/** An upload could not be stored (disk full, upload folder unusable): answered 507. */
public final class StorageFullException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StorageFullException(String message, Throwable cause) {
    super(message, cause);
  }
}

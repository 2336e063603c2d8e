package io.brisk.internal.http;

import io.netty.util.AsciiString;

/**
 * {@code Content-Length} values, each encoded once: a handler's response tends to have the same
 * small size every time, and {@code headers.setInt} would make a new String (48 bytes) per
 * response. Lengths below {@link #CACHED} are kept as they are first seen; larger ones are made.
 *
 * <p>Shared by every thread; a race may encode a value twice, and either copy is right.
 */
final class ContentLengths {
  static final int CACHED = 4096;
  private static final AsciiString[] VALUES = new AsciiString[CACHED];

  private ContentLengths() {}

  /** The header value for a body of {@code length} bytes. */
  static CharSequence of(int length) {
    if (length < 0 || length >= CACHED) {
      return String.valueOf(length);
    }
    AsciiString v = VALUES[length];
    if (v == null) {
      v = AsciiString.cached(String.valueOf(length));
      VALUES[length] = v;
    }
    return v;
  }
}

package io.brisk.internal.routing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes percent-encoded path segments strictly: a bad escape or bad UTF-8 is an error, not a guess. */
public final class PercentDecoder {
  private PercentDecoder() {}

  /**
   * Decodes one segment ({@code +} stays a plus, as in paths).
   *
   * @throws IllegalArgumentException for a truncated or non-hex escape, or invalid UTF-8
   */
  public static String decode(String segment) {
    if (isPlain(segment)) {
      return segment;
    }
    byte[] bytes = new byte[segment.length()];
    int n = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          throw new IllegalArgumentException("truncated percent-escape in '" + segment + "'");
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("invalid percent-escape in '" + segment + "'");
        }
        bytes[n++] = (byte) ((hi << 4) | lo);
        i += 2;
      } else {
        // Netty reads the request line byte by byte into chars (ISO-8859-1), so a raw
        // non-ASCII byte arrives as one char below 0x100: keep it as that byte.
        bytes[n++] = (byte) c;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("invalid UTF-8 in '" + segment + "'");
    }
  }

  static boolean isPlain(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

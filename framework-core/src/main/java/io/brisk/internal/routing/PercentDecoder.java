package io.brisk.internal.routing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes percent-encoded path segments and query components strictly: a bad escape, bad UTF-8 or
 * a control character is an error, not a guess.
 */
public final class PercentDecoder {
  private PercentDecoder() {}

  /**
   * Decodes one path segment ({@code +} stays a plus). Control characters are refused raw and
   * encoded alike: no identifier needs them, and a NUL or line break in a path only ever aims at a
   * file system or a log.
   *
   * @throws IllegalArgumentException for a truncated or non-hex escape, invalid UTF-8 or a control character
   */
  public static String decode(String segment) {
    if (isPlain(segment)) {
      return segment;
    }
    String decoded = decode(segment, false);
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("control character in '" + segment.replaceAll("\\p{Cntrl}", "?") + "'");
      }
    }
    return decoded;
  }

  /**
   * Decodes one name or value of a query string ({@code +} is a space); encoded control characters
   * are kept (a value may hold a line break), raw ones are refused.
   *
   * @throws IllegalArgumentException for a truncated or non-hex escape, invalid UTF-8 or a raw control character
   */
  public static String decodeQueryComponent(String component) {
    return decode(component, true);
  }

  private static String decode(String segment, boolean plusIsSpace) {
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
      } else if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("control character in '" + segment.replaceAll("\\p{Cntrl}", "?") + "'");
      } else if (c == '+' && plusIsSpace) {
        bytes[n++] = ' ';
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
      if (c == '%' || c == '+' || c >= 0x7f || c < 0x20) {
        return false;
      }
    }
    return true;
  }
}

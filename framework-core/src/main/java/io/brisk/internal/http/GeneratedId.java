package io.brisk.internal.http;

/**
 * A request id made by the server: 64 random bits shown as 16 lower-case hex digits. It is a
 * {@link CharSequence} so that the {@code X-Request-Id} header, written on every response, is
 * encoded straight from the number (24 bytes per request instead of a String's 104); the String
 * is made only when something asks for it (a handler, a log line) and then kept.
 *
 * <p>Confined like the request it names: made on the event loop, handed to the handler's thread
 * with the exchange; the cached String is a benign race (every copy is equal).
 */
final class GeneratedId implements CharSequence {
  private static final int LENGTH = 16;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long bits;
  private String text;

  GeneratedId(long bits) {
    this.bits = bits;
  }

  @Override
  public int length() {
    return LENGTH;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= LENGTH) {
      throw new IndexOutOfBoundsException(index);
    }
    return HEX[(int) (bits >>> (4 * (LENGTH - 1 - index))) & 0xf];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().subSequence(start, end);
  }

  @Override
  public String toString() {
    String s = text;
    if (s == null) {
      char[] out = new char[LENGTH];
      for (int i = 0; i < LENGTH; i++) {
        out[i] = charAt(i);
      }
      s = new String(out);
      text = s;
    }
    return s;
  }
}

package io.brisk.internal.http;

import java.util.concurrent.ThreadLocalRandom;

/** Request ids: the client's {@code X-Request-Id} when it is safe to echo, else a new random one. */
final class RequestIds {
  private static final int MAX_LENGTH = 128;

  private RequestIds() {}

  /**
   * The client's id when it is 1..128 visible ASCII characters, else a new 16-hex-digit id. A new
   * id is a {@link GeneratedId}: the response header is written from it without making a String.
   */
  static CharSequence accept(String fromClient) {
    if (fromClient != null && !fromClient.isEmpty() && fromClient.length() <= MAX_LENGTH) {
      boolean ok = true;
      for (int i = 0; i < fromClient.length() && ok; i++) {
        char c = fromClient.charAt(i);
        ok = c > 0x20 && c < 0x7f;
      }
      if (ok) {
        return fromClient;
      }
    }
    return next();
  }

  static GeneratedId next() {
    return new GeneratedId(ThreadLocalRandom.current().nextLong());
  }
}

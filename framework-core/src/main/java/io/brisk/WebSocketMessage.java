package io.brisk;

import java.nio.charset.StandardCharsets;

/**
 * A whole WebSocket message (fragments already joined), text or binary.
 *
 * @param text the text of a text message, {@code null} for a binary one
 * @param binary the bytes of a binary message, {@code null} for a text one
 */
public record WebSocketMessage(String text, byte[] binary) {
  /** Whether this is a text message. */
  public boolean isText() {
    return text != null;
  }

  /** The message as text (binary messages decoded as UTF-8). */
  public String asText() {
    return text != null ? text : new String(binary, StandardCharsets.UTF_8);
  }
}

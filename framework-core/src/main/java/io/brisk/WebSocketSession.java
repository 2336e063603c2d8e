package io.brisk;

import java.util.Optional;

/**
 * One WebSocket connection, used in a blocking style from the handler's virtual thread.
 *
 * <pre>{@code
 * @WebSocket("/ws/echo")
 * public void echo(WebSocketSession session) {
 *   for (Optional<WebSocketMessage> m = session.receive(); m.isPresent(); m = session.receive()) {
 *     session.sendText(m.get().asText());
 *   }
 * }
 * }</pre>
 *
 * <p>Sends wait until the frame is written (a slow client slows the sender, nothing piles up);
 * pings are answered automatically. Receiving is for the handler's thread; sending is thread-safe.
 */
public interface WebSocketSession {
  /**
   * The next message, waiting for it; empty once the client has closed the connection (or it
   * failed). Messages larger than the limit close the connection with 1009.
   */
  Optional<WebSocketMessage> receive();

  /** Sends a text message. */
  void sendText(String text);

  /** Sends a binary message. */
  void sendBinary(byte[] bytes);

  /** Sends an object as a JSON text message, written with the app's mapper. */
  void sendJson(Object value);

  /** Reads a text message as JSON into a type. */
  <T> T json(WebSocketMessage message, Class<T> type);

  /** Closes the connection with a status code (1000 normal, 1008 policy, 1011 error...) and a reason. */
  void close(int code, String reason);

  /** Whether the connection is still open. */
  boolean isOpen();

  /** The close code the client sent, when it closed the connection. */
  Optional<Integer> closeCode();
}

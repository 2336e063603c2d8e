package io.brisk.examples.inventory.streaming;

import io.brisk.WebSocketMessage;
import io.brisk.WebSocketSession;
import io.brisk.annotation.WebSocket;
import java.util.Optional;

/** A WebSocket that sends every message back unchanged. Stateless; one virtual thread per connection. */
public final class EchoSocket {
  /** Echoes each message (text as text, binary as binary) until the client closes. */
  @WebSocket("/ws/echo")
  public void echo(WebSocketSession session) {
    for (Optional<WebSocketMessage> m = session.receive(); m.isPresent(); m = session.receive()) {
      WebSocketMessage message = m.get();
      if (message.isText()) {
        session.sendText(message.text());
      } else {
        session.sendBinary(message.binary());
      }
    }
  }
}

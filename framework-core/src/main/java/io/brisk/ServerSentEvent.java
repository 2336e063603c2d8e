package io.brisk;

import java.time.Duration;

/**
 * One server-sent event, with every field of the format; return a {@code Stream}, {@code Iterator}
 * or {@code Flow.Publisher} of them (or of plain objects, sent as {@code data:} JSON) from a handler
 * to serve {@code text/event-stream}.
 *
 * @param data the payload: a {@code String} is sent as is (one {@code data:} line per line),
 *     anything else as JSON; {@code null} for a comment-only event
 * @param event the event type, or {@code null}
 * @param id the event id (clients send it back as {@code Last-Event-ID}), or {@code null}
 * @param retry the reconnection delay clients should use, or {@code null}
 * @param comment a comment line, or {@code null}
 */
public record ServerSentEvent(Object data, String event, String id, Duration retry, String comment) {

  /** An event carrying data. */
  public static ServerSentEvent of(Object data) {
    return new ServerSentEvent(data, null, null, null, null);
  }

  /** A comment-only event (clients ignore it; it keeps connections alive). */
  public static ServerSentEvent comment(String text) {
    return new ServerSentEvent(null, null, null, null, text);
  }

  /** This event with a type. */
  public ServerSentEvent withEvent(String type) {
    return new ServerSentEvent(data, type, id, retry, comment);
  }

  /** This event with an id. */
  public ServerSentEvent withId(String newId) {
    return new ServerSentEvent(data, event, newId, retry, comment);
  }

  /** This event with a reconnection delay. */
  public ServerSentEvent withRetry(Duration delay) {
    return new ServerSentEvent(data, event, id, delay, comment);
  }
}

package io.brisk.examples.inventory.streaming;

import io.brisk.ServerSentEvent;
import io.brisk.annotation.Get;
import io.brisk.annotation.Query;
import io.brisk.annotation.Router;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Server-sent events: a short stream that counts. Stateless. */
@Router(tags = "streaming")
public final class EventsApi {
  /**
   * One event's data.
   *
   * @param n the event's number, from 1
   */
  public record Tick(int n) {}

  /**
   * Sends {@code count} events, {@code data: {"n": i}} for i = 1..count, then ends the stream.
   *
   * @param count how many events
   * @return the events
   */
  @Get("/events")
  public Stream<ServerSentEvent> events(@Query(defaultValue = "3") @Min(1) @Max(100) int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> ServerSentEvent.of(new Tick(i)));
  }
}

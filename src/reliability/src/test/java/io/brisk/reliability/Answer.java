package io.brisk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.server.RawHttp;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the server did with one hostile input: its reply and whether it kept the connection; with
 * the assertions every case makes.
 */
final class Answer {
  private static final ObjectMapper JSON = new ObjectMapper();

  final RawHttp.Reply reply;
  final boolean kept;

  Answer(RawHttp.Reply reply, boolean kept) {
    this.reply = reply;
    this.kept = kept;
  }

  int status() {
    return reply.status();
  }

  /** The problem document of the reply, or {@code null} when it is not one. */
  JsonNode problem() {
    if (!"application/problem+json".equals(reply.header("Content-Type"))) {
      return null;
    }
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's problem cell: the title and the most specific message (the first error's, if any). */
  String problemCell() {
    JsonNode p = problem();
    if (p == null) {
      return "-";
    }
    String message = p.path("errors").path(0).path("msg").asText(p.path("detail").asText(""));
    String cell = p.path("title").asText() + (message.isEmpty() ? "" : ": " + message);
    return cell.length() > 140 ? cell.substring(0, 137) + "..." : cell;
  }

  /** Asserts the status and an RFC 9457 problem document of that status. */
  Answer problem(int status) {
    assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
    assertThat(reply.header("Content-Type")).as("content type of %s", reply).isEqualTo("application/problem+json");
    JsonNode p = problem();
    assertThat(p.path("type").asText()).isEqualTo("about:blank");
    assertThat(p.path("title").asText()).isNotBlank();
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("detail").asText()).isNotBlank();
    return this;
  }

  /** Asserts the problem's detail, or its first error's message, contains this text. */
  Answer saying(String text) {
    assertThat(problemCell()).contains(text);
    return this;
  }

  Answer closed() {
    assertThat(kept).as("connection kept after %s", reply).isFalse();
    if (reply.status() > 0) {
      assertThat(reply.header("Connection")).isEqualTo("close");
    }
    return this;
  }

  Answer kept() {
    assertThat(kept).as("connection kept after %s", reply).isTrue();
    return this;
  }
}

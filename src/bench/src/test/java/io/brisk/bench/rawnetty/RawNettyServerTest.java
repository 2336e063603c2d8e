package io.brisk.bench.rawnetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The raw baseline answers the same endpoints, parsing and validating by hand. */
class RawNettyServerTest {
  private static String exchange(String request) {
    EmbeddedChannel channel = new EmbeddedChannel();
    RawNettyServer.configure(channel.pipeline());
    channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.US_ASCII));
    StringBuilder response = new StringBuilder();
    Object out;
    while ((out = channel.readOutbound()) != null) {
      response.append(((ByteBuf) out).toString(StandardCharsets.UTF_8));
      ReferenceCountUtil.release(out);
    }
    channel.finishAndReleaseAll();
    return response.toString();
  }

  private static String get(String target) {
    return exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
  }

  private static String post(String body) {
    return exchange("POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
  }

  @Test
  void servesPlaintextAndJson() {
    assertThat(get("/plaintext")).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\nHello, World!");
    assertThat(get("/json")).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\n{\"message\":\"Hello, World!\"}");
  }

  @Test
  void parsesTheIdAndTheQueryByHand() {
    assertThat(get("/items/42?q=hello%20world")).endsWith("{\"id\":42,\"q\":\"hello world\"}");
    assertThat(get("/items/-7?x=1")).endsWith("{\"id\":-7,\"q\":null}");
    assertThat(get("/items/abc")).startsWith("HTTP/1.1 422 ");
    assertThat(get("/items/99999999999")).startsWith("HTTP/1.1 422 ");
  }

  @Test
  void validatesThePostedItemByHand() {
    assertThat(post("{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\"]}"))
        .startsWith("HTTP/1.1 201 ").endsWith("{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\"]}");
    assertThat(post("{\"name\":\"\",\"price\":9.5,\"tags\":[]}")).startsWith("HTTP/1.1 422 ");
    assertThat(post("{\"name\":\"w\",\"price\":0,\"tags\":[]}")).startsWith("HTTP/1.1 422 ");
    assertThat(post("{\"name\":\"w\",\"price\":1}")).startsWith("HTTP/1.1 422 ");
    assertThat(post("{\"name\":")).startsWith("HTTP/1.1 422 ");
  }
}

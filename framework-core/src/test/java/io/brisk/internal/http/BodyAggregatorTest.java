package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BodyAggregatorTest {
  private final EmbeddedChannel channel = new EmbeddedChannel(new BodyAggregator(8));

  @AfterEach
  void close() {
    channel.finishAndReleaseAll();
  }

  private static HttpRequest post(String uri) {
    HttpRequest r = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri);
    r.headers().set("X-Request-Id", "agg-1");
    return r;
  }

  @Test
  void aggregatesABodyWithinTheLimit() {
    HttpRequest head = post("/ok");
    HttpUtil.setContentLength(head, 8);
    channel.writeInbound(head, new DefaultLastHttpContent(Unpooled.copiedBuffer("12345678", StandardCharsets.UTF_8)));

    FullHttpRequest full = channel.readInbound();
    try {
      assertThat(full.decoderResult().isSuccess()).isTrue();
      assertThat(full.content().toString(StandardCharsets.UTF_8)).isEqualTo("12345678");
    } finally {
      full.release();
    }
  }

  @Test
  void passesOnADeclaredOversizedBodyAsAFailedRequestWithItsHeaders() {
    HttpRequest head = post("/big?x=1");
    HttpUtil.setContentLength(head, 9);
    channel.writeInbound(head);

    FullHttpRequest failed = channel.readInbound();
    try {
      assertThat(failed.uri()).isEqualTo("/big?x=1");
      assertThat(failed.headers().get("X-Request-Id")).isEqualTo("agg-1");
      assertThat(failed.content().readableBytes()).isZero();
      assertThat(failed.decoderResult().cause()).isInstanceOf(TooLongFrameException.class)
          .hasMessage("it is larger than 8 bytes");
    } finally {
      failed.release();
    }
    assertThat(channel.isOpen()).as("the request handler answers, then closes").isTrue();
  }

  @Test
  void passesOnAStreamedOversizedBodyAsAFailedRequest() {
    HttpRequest head = post("/chunked");
    HttpUtil.setTransferEncodingChunked(head, true);
    channel.writeInbound(head, new DefaultHttpContent(Unpooled.copiedBuffer("12345", StandardCharsets.UTF_8)));
    Object nothingYet = channel.readInbound();
    assertThat(nothingYet).isNull();

    channel.writeInbound(new DefaultHttpContent(Unpooled.copiedBuffer("6789", StandardCharsets.UTF_8)),
        new DefaultLastHttpContent(Unpooled.copiedBuffer("0", StandardCharsets.UTF_8)));

    FullHttpRequest failed = channel.readInbound();
    try {
      assertThat(failed.uri()).isEqualTo("/chunked");
      assertThat(failed.decoderResult().cause()).isInstanceOf(TooLongFrameException.class);
    } finally {
      failed.release();
    }
    Object rest = channel.readInbound();
    assertThat(rest).as("the rest of the body is dropped").isNull();
  }
}

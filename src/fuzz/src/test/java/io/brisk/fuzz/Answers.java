package io.brisk.fuzz;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads what the server wrote back to a stream of raw request bytes: the methods of the requests
 * it could have read (a HEAD answer has no body), and each response, decoded by a client-side
 * HTTP/1.1 decoder. The caller owns (and releases) the responses.
 */
final class Answers {
  private Answers() {}

  /**
   * What the server could read from the input: the method of every request it began to read, in
   * order (the server's encoder answers a HEAD, even a malformed one, without a body), and how
   * many of them are complete and well formed (each is owed an answer).
   */
  record Requests(List<String> methods, int complete) {}

  /** Reads {@code input} as the server's decoder does, with the same limits. */
  static Requests requests(byte[] input, int maxLine, int maxHeaders) {
    EmbeddedChannel decoder = new EmbeddedChannel(new HttpRequestDecoder(new HttpDecoderConfig()
        .setMaxInitialLineLength(maxLine).setMaxHeaderSize(maxHeaders).setValidateHeaders(true)));
    decoder.writeInbound(Unpooled.wrappedBuffer(input));
    List<String> methods = new ArrayList<>();
    int complete = 0;
    boolean reading = false;
    for (Object msg = decoder.readInbound(); msg != null; msg = decoder.readInbound()) {
      try {
        if (msg instanceof HttpRequest r) {
          methods.add(r.method().name());
          reading = true;
        }
        if (msg instanceof HttpObject o && o.decoderResult().isFailure()) {
          break;
        }
        if (msg instanceof LastHttpContent && reading) {
          complete++;
          reading = false;
        }
      } finally {
        ReferenceCountUtil.release(msg);
      }
    }
    decoder.finishAndReleaseAll();
    return new Requests(methods, complete);
  }

  /**
   * Decodes {@code output} as a sequence of HTTP/1.1 responses to requests of these methods, in
   * order; interim (1xx) responses are skipped.
   *
   * @throws Oracles.Finding when the last response is cut short
   */
  static List<FullHttpResponse> responses(byte[] output, List<String> methods) {
    Deque<String> pending = new ArrayDeque<>(methods);
    HttpResponseDecoder decoder = new HttpResponseDecoder() {
      @Override
      protected boolean isContentAlwaysEmpty(HttpMessage msg) {
        if (msg instanceof HttpResponse r && r.status().code() < 200) {
          return true;
        }
        String method = pending.poll();
        return "HEAD".equals(method) || super.isContentAlwaysEmpty(msg);
      }
    };
    EmbeddedChannel client = new EmbeddedChannel(decoder, new HttpObjectAggregator(Integer.MAX_VALUE));
    client.writeInbound(Unpooled.wrappedBuffer(output));
    List<FullHttpResponse> responses = new ArrayList<>();
    try {
      client.close(); // the end of the bytes: a response still open is cut short
      client.checkException();
    } catch (PrematureChannelClosureException e) {
      client.finishAndReleaseAll();
      throw new Oracles.Finding("A response cut short:\n" + new String(output, StandardCharsets.ISO_8859_1));
    }
    for (Object msg = client.readInbound(); msg != null; msg = client.readInbound()) {
      if (msg instanceof FullHttpResponse r && r.status().code() >= 200) {
        responses.add(r);
      } else {
        ReferenceCountUtil.release(msg);
      }
    }
    return responses;
  }
}

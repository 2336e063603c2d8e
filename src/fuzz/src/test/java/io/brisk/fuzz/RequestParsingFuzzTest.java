package io.brisk.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.brisk.Brisk;
import io.brisk.ServerOptions;
import io.brisk.testing.RawConnection;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raw bytes, as a client would write them on a socket, through the server's real pipeline (HTTP
 * codec and limits, multipart decoder, body aggregator, routing, binding, handlers) on an
 * in-process connection.
 *
 * <p>Oracles: nothing escapes the pipeline; every request the server could read gets exactly one
 * well-formed response, in order, unless an earlier response announced the close; no 5xx except
 * 501; errors are problem+json; no buffer leaks; no hang (Jazzer's per-input timeout).
 */
class RequestParsingFuzzTest {
  private static final Brisk APP = FuzzApp.create();
  private static final int HANG_SECONDS = 60; // generous: the first input also builds the app under instrumentation
  private static final ExecutorService WATCHDOG = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz-exchange");
    t.setDaemon(true);
    return t;
  });

  @DictionaryFile(resourcePath = "http.dict")
  @FuzzTest(maxDuration = "60s")
  void rawRequests(byte[] input) throws InterruptedException {
    // The exchange runs on a watchdog thread: an input that hangs the pipeline is a finding.
    Future<?> exchange = WATCHDOG.submit(() -> exchange(input));
    try {
      exchange.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new Oracles.Finding("No end to the exchange within " + HANG_SECONDS + " s (a hang)");
    }
  }

  private static void exchange(byte[] input) {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    boolean open;
    try (RawConnection connection = RawConnection.open(APP)) {
      // Two reads, split in the middle: the decoders must not care where the socket cut the bytes.
      int half = input.length / 2;
      written.writeBytes(connection.send(Arrays.copyOfRange(input, 0, half)));
      written.writeBytes(connection.send(Arrays.copyOfRange(input, half, input.length)));
      open = connection.isOpen();
    }
    ServerOptions o = APP.options();
    Answers.Requests requests = Answers.requests(input, o.maxUriLength(), o.maxHeaderSize());
    List<FullHttpResponse> responses = Answers.responses(written.toByteArray(), requests.methods());
    try {
      check(requests, responses, open);
    } finally {
      responses.forEach(FullHttpResponse::release);
    }
    Oracles.noLeakReported();
  }

  private static void check(Answers.Requests requests, List<FullHttpResponse> responses, boolean open) {
    List<String> methods = requests.methods();
    int complete = requests.complete();
    for (int i = 0; i < responses.size(); i++) {
      boolean head = i < methods.size() && methods.get(i).equals("HEAD");
      Oracles.wellFormed(responses.get(i), head);
    }
    boolean announcedClose = !responses.isEmpty() && responses.getLast().headers()
        .containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
    // One more response than complete requests: the answer to the malformed one that ended the
    // connection, which must be a client error announcing the close.
    if (responses.size() > complete + 1 || responses.size() == complete + 1
        && !(announcedClose && responses.getLast().status().code() >= 400)) {
      throw new Oracles.Finding(responses.size() + " responses to " + complete + " complete request(s), the last "
          + responses.getLast().status() + " " + responses.getLast().headers() + " " + Oracles.body(responses.getLast()));
    }
    if (!open && !announcedClose) {
      throw new Oracles.Finding("The server closed the connection after " + responses.size()
          + " response(s) without announcing it (" + complete + " complete request(s))");
    }
    if (open && responses.size() < complete) {
      throw new Oracles.Finding("Only " + responses.size() + " response(s) to " + complete
          + " complete request(s), and the connection is still open");
    }
  }
}

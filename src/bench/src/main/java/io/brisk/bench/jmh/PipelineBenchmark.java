package io.brisk.bench.jmh;

import io.brisk.Brisk;
import io.brisk.ExecutionMode;
import io.brisk.bench.BenchApp;
import io.brisk.bench.rawnetty.RawNettyServer;
import io.brisk.internal.http.LeakDetectionDefault;
import io.brisk.internal.http.ServerInitializer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole request in process: the bytes wrk sends go into an {@link EmbeddedChannel} carrying the
 * server's own pipeline ({@link ServerInitializer}, exactly as a TCP connection gets it), and the
 * encoded response bytes come out. Handlers run on the event loop (non-blocking mode), so this is
 * the framework's CPU cost and allocation per request with no socket and no thread hop;
 * {@link VirtualThreadHopBenchmark} measures the hop. {@code server=raw} runs the raw-Netty
 * baseline's pipeline on the same bytes, for the in-process ratio.
 *
 * <p>What is measured is what a server does per request and nothing else: the request bytes
 * arrive in a pooled buffer and go through {@code fireChannelRead} and {@code fireChannelReadComplete}
 * as a socket read delivers them, on a {@code FastThreadLocalThread} like an event loop's
 * ({@link EventLoopThreads}: on a plain thread Netty's recyclers pool nothing), and every response
 * buffer is read and released. The Brisk side sets Netty's leak sampling as its TCP server does
 * (off, unless the JVM names a level); the raw side keeps Netty's default, as the raw server does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {Jvm.NATIVE, Jvm.UNSAFE, Jvm.XMS, Jvm.XMX, Jvm.LOGGING,
    Jvm.EVENT_LOOP_EXECUTOR, Jvm.EVENT_LOOP_THREADS})
public class PipelineBenchmark {
  @Param({"plaintext", "json", "items-get", "items-post"})
  public String endpoint;

  /** {@code brisk}: the app's pipeline; {@code raw}: the raw-Netty baseline's, for the ratio. */
  @Param({"brisk", "raw"})
  public String server;

  private EmbeddedChannel channel;
  private byte[] request;
  private Brisk app;

  /** Builds the channel and checks the first response. */
  @Setup
  public void setUp() {
    if (server.equals("raw")) {
      channel = new EmbeddedChannel();
      RawNettyServer.configure(channel.pipeline());
    } else {
      // As a TCP server does at start: Netty's leak sampling off unless the JVM names a level.
      LeakDetectionDefault.apply();
      app = BenchApp.app(ExecutionMode.EVENT_LOOP);
      channel = new EmbeddedChannel(new ServerInitializer(Internals.serverContext(app)));
    }
    String host = "Host: 127.0.0.1:8080\r\n";
    request = (switch (endpoint) {
      case "plaintext" -> "GET /plaintext HTTP/1.1\r\n" + host + "\r\n";
      case "json" -> "GET /json HTTP/1.1\r\n" + host + "\r\n";
      case "items-get" -> "GET /items/42?q=hello HTTP/1.1\r\n" + host + "\r\n";
      case "items-post" -> "POST /items HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: "
          + BindingBenchmark.POST_BODY.length() + "\r\n\r\n" + BindingBenchmark.POST_BODY;
      default -> throw new IllegalArgumentException(endpoint);
    }).getBytes(StandardCharsets.US_ASCII);
    String first = firstResponse();
    String want = endpoint.equals("items-post") ? "HTTP/1.1 201 " : "HTTP/1.1 200 ";
    if (!first.startsWith(want)) {
      throw new IllegalStateException("unexpected response to " + endpoint + ": " + first);
    }
  }

  /** Closes the channel, releasing what is left in it. */
  @TearDown
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  private String firstResponse() {
    channel.writeInbound(channel.alloc().directBuffer(request.length).writeBytes(request));
    StringBuilder sb = new StringBuilder();
    Object out;
    while ((out = channel.readOutbound()) != null) {
      sb.append(((ByteBuf) out).toString(StandardCharsets.UTF_8));
      ReferenceCountUtil.release(out);
    }
    return sb.toString();
  }

  /** One request in, one response out; returns the response size in bytes. */
  @Benchmark
  public int request() {
    ByteBuf in = channel.alloc().directBuffer(request.length).writeBytes(request);
    // What a socket read does (writeInbound would add a varargs array per call).
    channel.writeOneInbound(in, channel.voidPromise());
    channel.flushInbound();
    int bytes = 0;
    Object out;
    while ((out = channel.readOutbound()) != null) {
      if (out instanceof ByteBuf b) {
        bytes += b.readableBytes();
      }
      ReferenceCountUtil.release(out);
    }
    return bytes;
  }
}

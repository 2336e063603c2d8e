package io.brisk.testing;

import io.brisk.Brisk;
import io.brisk.internal.AppRuntime;
import io.brisk.internal.http.ServerInitializer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.FileRegion;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;

/**
 * One in-process connection that takes the raw bytes a client would write on a socket and gives
 * back the exact bytes the server answers, for tests where the bytes matter (malformed input,
 * fuzzing) without opening a socket per case.
 *
 * <p>The connection's pipeline is built by the server's own initializer, as for a TCP connection
 * (HTTP codec and its limits, multipart decoder, body aggregator, routing, binding, handlers), but
 * it is driven by the calling thread: handlers that would run on virtual threads run inline, so
 * when {@link #send} returns, every request its bytes completed has been answered.
 *
 * <pre>{@code
 * try (RawConnection c = RawConnection.open(app)) {
 *   byte[] answer = c.send("GET /items/1 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(US_ASCII));
 * }
 * }</pre>
 *
 * <p>Not thread-safe; a handler whose reply completes later on another thread (a
 * {@code CompletableFuture} finished elsewhere) is not supported.
 */
public final class RawConnection implements AutoCloseable {
  private final EmbeddedChannel channel;

  private RawConnection(EmbeddedChannel channel) {
    this.channel = channel;
  }

  /** Opens a connection to an app, building its route model if needed (the app need not be started). */
  public static RawConnection open(Brisk app) {
    return new RawConnection(new EmbeddedChannel(new ServerInitializer(AppRuntime.of(app).inlineContext())));
  }

  /**
   * Feeds bytes to the server as if they had arrived on the socket, and returns what it wrote in
   * answer since the last call (possibly nothing, for example when a request is incomplete).
   * Bytes sent after the server closed the connection are dropped.
   */
  public byte[] send(byte[] bytes) {
    if (channel.isOpen()) {
      ByteBuf in = channel.alloc().buffer(bytes.length);
      in.writeBytes(bytes);
      channel.writeInbound(in);
      channel.runPendingTasks();
    }
    channel.checkException();
    return written();
  }

  /** Whether the server has kept the connection open. */
  public boolean isOpen() {
    return channel.isOpen();
  }

  /**
   * Closes the connection as a client hanging up would: the server sees the end of input, and
   * whatever it still held for this connection is released.
   */
  @Override
  public void close() {
    channel.close();
    channel.runPendingTasks();
    written(); // anything flushed before the close is of no interest now, but must be released
    channel.finishAndReleaseAll();
  }

  private byte[] written() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WritableByteChannel sink = Channels.newChannel(out);
    for (Object msg = channel.readOutbound(); msg != null; msg = channel.readOutbound()) {
      try {
        if (msg instanceof ByteBuf buf) {
          buf.readBytes(out, buf.readableBytes());
        } else if (msg instanceof FileRegion region) {
          while (region.transferred() < region.count()) {
            region.transferTo(sink, region.transferred());
          }
        } else {
          throw new IllegalStateException("The server wrote a " + msg.getClass().getName() + ", not bytes");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        ReferenceCountUtil.release(msg);
      }
    }
    return out.toByteArray();
  }
}

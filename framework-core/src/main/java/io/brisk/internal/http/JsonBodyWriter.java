package io.brisk.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response value as JSON into a buffer. A Jackson generator costs about 330 bytes to make
 * (generator, I/O context, content reference, write contexts, stream), once per response. On an
 * event loop (a {@link FastThreadLocalThread}), where {@code @NonBlocking} handlers render, one
 * generator per thread is kept and pointed at each response's buffer instead; the bytes written
 * are the same. Elsewhere (virtual threads) each value gets its own generator, as before.
 *
 * <p>A generator is kept only when a value ends back at the root without a pretty printer (whose
 * root separator would prefix the next value); otherwise it is closed as Jackson's own path does,
 * which also completes what a serializer left open. A value Jackson may close
 * ({@link SerializationFeature#CLOSE_CLOSEABLE}) never uses one, and a failure drops it. All
 * writers come from the app's one mapper, so a generator made for one suits the others.
 */
final class JsonBodyWriter {
  private final FastThreadLocal<Reusable> kept = new FastThreadLocal<>();

  /** Writes {@code value} with {@code writer} into {@code buf}. */
  void write(ObjectWriter writer, Object value, ByteBuf buf) throws IOException {
    if (!FastThreadLocalThread.currentThreadHasFastThreadLocal() || value instanceof Closeable) {
      writer.writeValue((OutputStream) new ByteBufOutputStream(buf), value);
      return;
    }
    Reusable r = kept.get();
    kept.set(null); // a nested write on this thread (none is expected) makes its own
    if (r == null) {
      r = new Reusable();
      r.generator = writer.createGenerator(r.out);
      r.generator.setRootValueSeparator(null);
    }
    JsonGenerator g = r.generator;
    r.out.target = buf;
    try {
      writer.writeValue(g, value);
      if (g.getPrettyPrinter() != null || !g.getOutputContext().inRoot()) {
        g.close(); // as Jackson's own path ends: completes what a serializer left open, flushes
      } else {
        g.flush();
      }
    } finally {
      r.out.target = null;
    }
    if (!g.isClosed()) {
      kept.set(r);
    }
  }

  /** A generator and the stream it writes to, whose target changes with each response. */
  private static final class Reusable {
    final Target out = new Target();
    JsonGenerator generator;
  }

  /** Forwards to the current response's buffer. */
  private static final class Target extends OutputStream {
    ByteBuf target;

    @Override
    public void write(int b) {
      target.writeByte(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      target.writeBytes(b, off, len);
    }
  }
}

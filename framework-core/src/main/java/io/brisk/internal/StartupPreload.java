package io.brisk.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.epoll.Epoll;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.AsciiString;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Initialises the classes every server needs (Netty's platform probes, native transport, HTTP
 * codec, pooled allocator; Jackson's mapper) on a second thread while the first one sets up
 * logging, builds the routes and boots the validator.
 *
 * <p>Start-up of a small app is mostly class loading and static initialisation, single-threaded by
 * default; on two or more cores this overlap takes a large share of it off the critical path. It
 * changes no behaviour: class initialisation is thread-safe, so whichever thread arrives second
 * waits for (or finds) the finished class. Runs at most once per JVM; failures are ignored here and
 * surface, if real, where the class is used.
 */
public final class StartupPreload {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private StartupPreload() {}

  /** Starts the preload once per JVM, on a daemon platform thread. */
  public static void begin() {
    if (Runtime.getRuntime().availableProcessors() < 2 || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(StartupPreload::run, "brisk-preload");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      AsciiString.cached("preload");
      Epoll.isAvailable();
      PooledByteBufAllocator.DEFAULT.buffer(16).release();
      new HttpServerCodec();
      new ObjectMapper();
    } catch (Throwable ignored) {
      // Only a head start: the server's own use of these classes reports any real problem.
    }
  }
}

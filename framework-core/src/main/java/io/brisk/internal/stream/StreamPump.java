package io.brisk.internal.stream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a streamed body (SSE, JSON Lines, text chunks) item by item from a virtual thread, so
 * that a handler's iterator may block while waiting for its next item.
 *
 * <p>Back-pressure: before each chunk the pump waits until the channel is writable, so a slow
 * client never makes the server buffer more than Netty's write-buffer high-water mark. When the
 * client goes away, the pump's thread is interrupted and the iterator closed: no thread is left
 * running. SSE streams get a comment ping when idle for the keep-alive period.
 */
public final class StreamPump {
  private static final Logger LOG = LoggerFactory.getLogger(StreamPump.class);

  private final Iterator<?> items;
  private final AutoCloseable resource;
  private final ChunkEncoder encoder;
  private final Duration keepAlive;
  private final Object writable = new Object();
  private volatile long lastWrite;

  /**
   * A pump.
   *
   * @param resource closed when the stream ends, fails or the client leaves ({@code Stream.close()})
   * @param keepAlive idle time after which an SSE ping is sent, or {@code null} for none
   */
  public StreamPump(Iterator<?> items, AutoCloseable resource, ChunkEncoder encoder, Duration keepAlive) {
    this.items = items;
    this.resource = resource;
    this.encoder = encoder;
    this.keepAlive = keepAlive;
  }

  /**
   * Starts writing on the executor; {@code done} completes after the last chunk is written.
   * With {@code discard} (a HEAD request) nothing is written: the stream is only closed.
   */
  public void start(Channel channel, ChannelPromise done, Executor executor, boolean discard) {
    if (discard) {
      discard();
      done.trySuccess();
      return;
    }
    lastWrite = System.nanoTime();
    ScheduledFuture<?> ping = keepAlive == null ? null : channel.eventLoop().scheduleAtFixedRate(() -> {
      if (channel.isActive() && System.nanoTime() - lastWrite >= keepAlive.toNanos()) {
        lastWrite = System.nanoTime();
        channel.writeAndFlush(new DefaultHttpContent(StreamEncoders.ping()));
      }
    }, keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
    executor.execute(() -> {
      Thread worker = Thread.currentThread();
      channel.closeFuture().addListener(f -> worker.interrupt());
      try {
        run(channel, done);
      } finally {
        if (ping != null) {
          ping.cancel(false);
        }
        try {
          resource.close();
        } catch (Exception e) {
          LOG.debug("Closing a stream failed", e);
        }
        // The interrupt may have been for us: do not leak it to the next task of this thread.
        Thread.interrupted();
      }
    });
  }

  /** Closes the stream without writing it (its reply will never be sent). */
  public void discard() {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.debug("Closing a stream failed", e);
    }
  }

  /** Wakes the pump when the channel becomes writable again. */
  public void writabilityChanged() {
    synchronized (writable) {
      writable.notifyAll();
    }
  }

  private void run(Channel channel, ChannelPromise done) {
    try {
      while (channel.isActive() && items.hasNext()) {
        Object item = items.next();
        // Wait before encoding: a disconnect interrupts the wait, and must not strand an encoded chunk.
        awaitWritable(channel);
        ByteBuf chunk = encoder.encode(item, channel.alloc());
        lastWrite = System.nanoTime();
        channel.writeAndFlush(new DefaultHttpContent(chunk));
      }
      if (channel.isActive()) {
        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(f -> {
          if (f.isSuccess()) {
            done.trySuccess();
          } else {
            done.tryFailure(f.cause());
          }
        });
      } else {
        done.tryFailure(new ClosedChannelException());
      }
    } catch (Throwable t) {
      if (channel.isActive() && !Thread.currentThread().isInterrupted()) {
        // Headers are sent: the only honest signal left is to end the connection.
        LOG.error("A streamed response failed; closing the connection", t);
        channel.close();
      }
      done.tryFailure(t);
    }
  }

  private void awaitWritable(Channel channel) throws InterruptedException {
    synchronized (writable) {
      while (channel.isActive() && !channel.isWritable()) {
        writable.wait(100);
      }
    }
  }
}

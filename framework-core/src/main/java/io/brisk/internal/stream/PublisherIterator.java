package io.brisk.internal.stream;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;

/**
 * Reads a {@link Flow.Publisher} as a blocking iterator, requesting one item at a time, so that the
 * publisher is paced by the client (back-pressure) and cancelled when the stream is closed.
 */
public final class PublisherIterator implements Iterator<Object>, AutoCloseable {
  private static final Object COMPLETE = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
  private volatile Flow.Subscription subscription;
  private Object next;

  /** Subscribes to the publisher. */
  public PublisherIterator(Flow.Publisher<?> publisher) {
    publisher.subscribe(new Flow.Subscriber<Object>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(Object item) {
        queue.add(item);
      }

      @Override
      public void onError(Throwable throwable) {
        queue.add(new Failure(throwable));
      }

      @Override
      public void onComplete() {
        queue.add(COMPLETE);
      }
    });
  }

  private record Failure(Throwable error) {}

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the publisher", e);
      }
    }
    if (next instanceof Failure f) {
      throw new IllegalStateException("The publisher failed: " + f.error().getMessage(), f.error());
    }
    return next != COMPLETE;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object item = next;
    next = null;
    subscription.request(1);
    return item;
  }

  @Override
  public void close() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}

package io.brisk;

/** Where a handler runs. */
public enum ExecutionMode {
  /** On a new virtual thread per request: blocking calls are fine (the default). */
  VIRTUAL_THREAD,
  /** On the connection's Netty event loop: the handler must never block. */
  EVENT_LOOP
}

package io.brisk.internal.json;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;

/**
 * Jackson's buffer pool for a server whose handlers run on both kinds of thread.
 *
 * <p>Jackson's default pool keeps one set of read/write buffers per thread. That is free on an
 * event loop, but every request of a virtual-thread handler runs on a new thread, so each JSON read
 * or write allocated a fresh set (about 17 KB per request, measured). Virtual threads therefore
 * share a bounded pool instead; platform threads keep their thread-local buffers. The bound keeps a
 * burst of concurrent handlers from leaving thousands of pooled buffer sets behind.
 */
final class ThreadKindRecyclerPool implements RecyclerPool<BufferRecycler> {
  private static final long serialVersionUID = 1L;

  private final RecyclerPool<BufferRecycler> platform = JsonRecyclerPools.threadLocalPool();
  private final RecyclerPool<BufferRecycler> shared;

  /** A pool whose virtual-thread side keeps at most {@code sharedCapacity} buffer sets. */
  ThreadKindRecyclerPool(int sharedCapacity) {
    this.shared = JsonRecyclerPools.newBoundedPool(sharedCapacity);
  }

  private RecyclerPool<BufferRecycler> current() {
    return Thread.currentThread().isVirtual() ? shared : platform;
  }

  @Override
  public BufferRecycler acquirePooled() {
    return current().acquirePooled();
  }

  @Override
  public BufferRecycler acquireAndLinkPooled() {
    // The recycler is linked to the pool it came from, so it goes back there when released.
    return current().acquireAndLinkPooled();
  }

  @Override
  public void releasePooled(BufferRecycler recycler) {
    current().releasePooled(recycler);
  }

  @Override
  public int pooledCount() {
    return shared.pooledCount();
  }

  @Override
  public boolean clear() {
    return shared.clear();
  }
}

package io.brisk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadKindRecyclerPoolTest {
  private final ThreadKindRecyclerPool pool = new ThreadKindRecyclerPool(2);

  @Test
  void aVirtualThreadGetsTheBuffersAnEarlierOneReleased() throws Exception {
    BufferRecycler first = onVirtualThread(() -> {
      BufferRecycler r = pool.acquireAndLinkPooled();
      r.releaseToPool();
      return r;
    });

    BufferRecycler second = onVirtualThread(pool::acquireAndLinkPooled);

    assertThat(second).isSameAs(first);
    assertThat(pool.pooledCount()).isZero();
  }

  @Test
  void keepsNoMoreBufferSetsForVirtualThreadsThanItsCapacity() throws Exception {
    onVirtualThread(() -> {
      BufferRecycler[] held = {pool.acquireAndLinkPooled(), pool.acquireAndLinkPooled(), pool.acquireAndLinkPooled()};
      for (BufferRecycler r : held) {
        r.releaseToPool();
      }
      return null;
    });

    assertThat(pool.pooledCount()).isEqualTo(2);
  }

  @Test
  void aPlatformThreadKeepsItsOwnBuffersOutOfTheSharedPool() {
    BufferRecycler first = pool.acquireAndLinkPooled();
    first.releaseToPool();

    assertThat(pool.acquireAndLinkPooled()).isSameAs(first);
    assertThat(pool.pooledCount()).isZero();
  }

  @Test
  void theAppMapperWritesAndReadsOnVirtualThreads() throws Exception {
    var mapper = JsonSupport.newMapper();

    String json = onVirtualThread(() -> mapper.writeValueAsString(java.util.Map.of("message", "Hello")));
    Object back = onVirtualThread(() -> mapper.readValue(json, java.util.Map.class));

    assertThat(json).isEqualTo("{\"message\":\"Hello\"}");
    assertThat(back).isEqualTo(java.util.Map.of("message", "Hello"));
    assertThat(mapper.getFactory()._getRecyclerPool()).isInstanceOf(ThreadKindRecyclerPool.class);
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  private static <T> T onVirtualThread(Work<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread t = Thread.ofVirtual().start(() -> {
      try {
        result.set(work.run());
      } catch (Exception e) {
        failure.set(e);
      }
    });
    t.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }
}

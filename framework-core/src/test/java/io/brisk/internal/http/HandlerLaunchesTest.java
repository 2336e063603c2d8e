package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandlerLaunchesTest {
  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
  private final EventLoop loop = group.next();
  private final Executor virtualThreads = task -> Thread.ofVirtual().start(task);

  @AfterEach
  void stop() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Test
  void submitsTheHandlersOfAnIterationOnceItEndsThroughOneStarter() throws Exception {
    Recording recording = new Recording();
    Runnable a = () -> {};
    Runnable b = () -> {};
    Runnable c = () -> {};

    int submittedDuringTheIteration = loop.submit(() -> {
      HandlerLaunches.launch(loop, recording, a);
      HandlerLaunches.launch(loop, recording, b);
      HandlerLaunches.launch(loop, recording, c);
      return recording.submitted.size();
    }).get(10, TimeUnit.SECONDS);
    assertThat(recording.firstSubmission.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(submittedDuringTheIteration).isZero();
    assertThat(recording.submitted).hasSize(1);
    recording.submitted.get(0).run(); // the starter, run here instead of on a virtual thread
    assertThat(recording.submitted).hasSize(4).endsWith(a, b, c);
  }

  @Test
  void aLoneHandlerIsSubmittedWithoutAStarter() throws Exception {
    Recording recording = new Recording();
    Runnable only = () -> {};

    loop.execute(() -> HandlerLaunches.launch(loop, recording, only));

    assertThat(recording.firstSubmission.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(recording.submitted).containsExactly(only);
  }

  @Test
  void runsEachHandlerOfABatchOnItsOwnVirtualThread() throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch ran = new CountDownLatch(3);
    loop.execute(() -> {
      for (int i = 0; i < 3; i++) {
        HandlerLaunches.launch(loop, virtualThreads, () -> {
          threads.add(Thread.currentThread());
          ran.countDown();
        });
      }
    });

    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(threads).hasSize(3).allMatch(Thread::isVirtual);
  }

  @Test
  void aHandlerThatBlocksHoldsUpNoOtherOfItsBatch() throws Exception {
    CountDownLatch secondRan = new CountDownLatch(1);
    CountDownLatch firstFinished = new CountDownLatch(1);
    loop.execute(() -> {
      HandlerLaunches.launch(loop, virtualThreads, () -> {
        try {
          if (secondRan.await(10, TimeUnit.SECONDS)) {
            firstFinished.countDown();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      HandlerLaunches.launch(loop, virtualThreads, secondRan::countDown);
    });

    assertThat(firstFinished.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void startsAtOnceWhenCalledOffTheLoop() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);

    HandlerLaunches.launch(loop, virtualThreads, ran::countDown);

    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aLaterIterationGetsItsOwnBatch() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    loop.execute(() -> HandlerLaunches.launch(loop, virtualThreads, first::countDown));
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

    loop.execute(() -> HandlerLaunches.launch(loop, virtualThreads, second::countDown));

    assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
  }

  /** An executor that records what it is given instead of running it. */
  private static final class Recording implements Executor {
    final List<Runnable> submitted = new CopyOnWriteArrayList<>();
    final CountDownLatch firstSubmission = new CountDownLatch(1);

    @Override
    public void execute(Runnable task) {
      submitted.add(task);
      firstSubmission.countDown();
    }
  }
}

package io.brisk.bench.jmh;

/** The flags of every forked benchmark JVM (the same as the bench app's under the harness). */
final class Jvm {
  static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
  static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
  static final String XMS = "-Xms512m";
  static final String XMX = "-Xmx512m";
  /** Hibernate Validator logs through JBoss Logging: to SLF4J, which prints warnings only. */
  static final String LOGGING = "-Dorg.jboss.logging.provider=slf4j";

  /** JMH's worker threads are {@link EventLoopThreads}, as an event loop's are (pooled recyclers). */
  static final String EVENT_LOOP_EXECUTOR = "-Djmh.executor=CUSTOM";
  /** The class of {@link #EVENT_LOOP_EXECUTOR}. */
  static final String EVENT_LOOP_THREADS = "-Djmh.executor.class=io.brisk.bench.jmh.EventLoopThreads";

  private Jvm() {}
}

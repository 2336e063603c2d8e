package io.brisk.bench.jmh;

/** The flags of every forked benchmark JVM (the same as the bench app's under the harness). */
final class Jvm {
  static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
  static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
  static final String XMS = "-Xms512m";
  static final String XMX = "-Xmx512m";
  /** Hibernate Validator logs through JBoss Logging: to SLF4J, which prints warnings only. */
  static final String LOGGING = "-Dorg.jboss.logging.provider=slf4j";

  private Jvm() {}
}

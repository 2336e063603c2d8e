package io.brisk.examples.hello;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleLayoutTest {
  private final LoggerContext context = new LoggerContext();

  @Test
  void writesTheSameLinesAsThePatternItReplaces() {
    PatternLayout pattern = new PatternLayout();
    pattern.setContext(context);
    pattern.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
    pattern.start();
    ConsoleLayout console = new ConsoleLayout();
    console.setContext(context);
    console.start();

    List<LoggingEvent> events = List.of(
        event("io.brisk.Brisk", Level.INFO, "Brisk serving {} routes", null, 8),
        event("io.brisk.access", Level.WARN, "GET / 200", null),
        event("org.hibernate.validator.internal.util.Version", Level.ERROR, "failed",
            new IllegalStateException("boom", new IllegalArgumentException("cause"))),
        event("Short", Level.DEBUG, "a {} b", null, "x"),
        event("a.very.long.package.name.with.many.segments.AndAClassName", Level.TRACE, "", null));
    for (LoggingEvent e : events) {
      assertThat(console.doLayout(e)).isEqualTo(pattern.doLayout(e));
    }
  }

  private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
    Logger l = context.getLogger(logger);
    LoggingEvent e = new LoggingEvent(Logger.class.getName(), l, level, message, thrown, args);
    e.setTimeStamp(1_700_000_123_456L);
    return e;
  }
}

package io.brisk.examples.hello;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.util.CachingDateFormatter;

/**
 * The console line {@code %d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n} (and the stack trace of
 * an exception, as a pattern layout adds it) written directly: logback's {@code PatternLayout}
 * registers some fifty converters in its static initialiser, each a lambda, and parses the
 * pattern, which is a few percent of this app's start-up. The parts reuse logback's own date
 * formatter, abbreviator and exception converter, so lines are the same as the pattern's.
 */
public final class ConsoleLayout extends LayoutBase<ILoggingEvent> {
  private final CachingDateFormatter time = new CachingDateFormatter("HH:mm:ss.SSS");
  private final TargetLengthBasedClassNameAbbreviator logger = new TargetLengthBasedClassNameAbbreviator(20);
  private final ThrowableProxyConverter exception = new ThrowableProxyConverter();

  /** A layout; set its context, then start it. */
  public ConsoleLayout() {}

  @Override
  public void start() {
    exception.setContext(getContext());
    exception.start();
    super.start();
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128);
    line.append(time.format(event.getTimeStamp())).append(' ');
    String level = event.getLevel().toString();
    line.append(level);
    for (int i = level.length(); i < 5; i++) {
      line.append(' ');
    }
    line.append(' ').append(logger.abbreviate(event.getLoggerName()))
        .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR)
        .append(exception.convert(event));
    return line.toString();
  }
}

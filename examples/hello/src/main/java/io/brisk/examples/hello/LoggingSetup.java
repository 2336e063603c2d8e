package io.brisk.examples.hello;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code rather than by {@code logback.xml}: the same console format, without
 * loading an XML parser at start-up (about a tenth of this app's start-up time), and with a
 * {@link ConsoleLayout} rather than a pattern layout. Found by logback through
 * {@code META-INF/services}.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {
  /** Called by logback's service loader. */
  public LoggingSetup() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    ConsoleLayout layout = new ConsoleLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("STDOUT");
    console.setEncoder(encoder);
    console.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    context.getLogger("io.netty").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}

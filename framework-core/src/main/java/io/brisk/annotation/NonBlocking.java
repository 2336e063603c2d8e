package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a handler (or every handler of a class) on the Netty event loop instead of a virtual thread.
 *
 * <p>The handler must never block: no JDBC, no blocking HTTP, no sleeping. It saves the thread hop
 * for handlers that only compute or that return a {@code CompletionStage}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NonBlocking {}

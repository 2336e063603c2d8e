package io.brisk.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a handler method to WebSocket connections on a path. The method's parameters are bound
 * from the upgrade request like a GET handler's (path, query, headers, cookies, dependencies,
 * security: a failure is answered over HTTP before the upgrade), plus one
 * {@link io.brisk.WebSocketSession}. It runs on its own virtual thread for the life of the
 * connection; when it returns, the connection closes normally (1000).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WebSocket {
  /** The path template. */
  String value();
}

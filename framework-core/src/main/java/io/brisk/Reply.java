package io.brisk;

import java.util.List;
import java.util.Optional;

/**
 * A response on its way out, as middleware sees it: the status and headers can be read and
 * changed; the body is already rendered. Valid only inside {@link Middleware#handle}.
 */
public interface Reply {
  /** The status code. */
  int status();

  /** The first value of a header. */
  Optional<String> header(String name);

  /** Every value of a header. */
  List<String> headers(String name);

  /** Sets a header, replacing its values. */
  Reply header(String name, String value);

  /** Adds a header value. */
  Reply addHeader(String name, String value);

  /** Removes a header. */
  Reply removeHeader(String name);
}

package io.brisk.examples.inventory;

import io.brisk.HttpException;
import io.brisk.Request;
import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;
import io.brisk.annotation.Query;

/**
 * Routes for looking at the server from outside: a route that fails on purpose (to see how an
 * unexpected error is answered, 500 with nothing revealed, and logged with the request id), the
 * request as the app sees it (behind a reverse proxy: the original client, scheme, host and path
 * prefix), and a slow answer (to watch a graceful stop finish it). Included only when
 * {@code INVENTORY_DEBUG_ROUTES=1}, and never documented.
 */
@Hidden
public final class DebugApi {
  private static final int MAX_DELAY_MILLIS = 10_000;

  /**
   * The request as the app sees it.
   *
   * @param instance the port of the instance that answered (several may run behind one proxy)
   * @param client the client's address
   * @param scheme {@code http} or {@code https}
   * @param host the host the client asked for
   * @param rootPath the path prefix the app is served under, or empty
   * @param path the path within the app
   */
  public record SeenRequest(int instance, String client, String scheme, String host, String rootPath, String path) {}

  private final int instance;

  /** The routes of the instance listening on {@code port}. */
  public DebugApi(int port) {
    this.instance = port;
  }

  /** Throws an unexpected exception. */
  @Get("/debug/crash")
  public String crash() {
    throw new IllegalStateException("Deliberate crash from /debug/crash (secret detail: do not show)");
  }

  /** Tells what the app sees of this request. */
  @Get("/debug/request")
  public SeenRequest request(Request request) {
    return new SeenRequest(instance, request.remoteAddress().getAddress().getHostAddress(), request.scheme(),
        request.host(), request.rootPath(), request.path());
  }

  /** Answers after {@code millis} milliseconds (at most 10 s). */
  @Get("/debug/slow")
  public SeenRequest slow(@Query int millis, Request request) throws InterruptedException {
    if (millis < 0 || millis > MAX_DELAY_MILLIS) {
      throw HttpException.badRequest("millis must be 0.." + MAX_DELAY_MILLIS);
    }
    Thread.sleep(millis);
    return request(request);
  }
}

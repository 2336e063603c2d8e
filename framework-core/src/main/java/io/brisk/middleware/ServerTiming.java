package io.brisk.middleware;

import io.brisk.Middleware;
import io.brisk.Reply;
import io.brisk.Request;

/** Adds {@code Server-Timing: app;dur=<milliseconds>} to every response it wraps. Thread-safe. */
public final class ServerTiming implements Middleware {
  @Override
  public Reply handle(Request request, Chain chain) throws Exception {
    long start = System.nanoTime();
    Reply reply = chain.next();
    long micros = (System.nanoTime() - start) / 1000;
    // Milliseconds with three decimals, built by hand: no String.format on the request path.
    long fraction = micros % 1000;
    String decimals = fraction < 10 ? "00" + fraction : fraction < 100 ? "0" + fraction : String.valueOf(fraction);
    return reply.addHeader("Server-Timing", "app;dur=" + micros / 1000 + "." + decimals);
  }
}

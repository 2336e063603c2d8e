package io.brisk.examples.inventory;

import io.brisk.annotation.Get;
import io.brisk.annotation.Hidden;

/**
 * A route that fails on purpose, to see how an unexpected error is answered (500, nothing
 * revealed) and logged (with the request id). Included only when {@code INVENTORY_DEBUG_ROUTES=1},
 * and never documented.
 */
@Hidden
public final class DebugApi {
  /** Throws an unexpected exception. */
  @Get("/debug/crash")
  public String crash() {
    throw new IllegalStateException("Deliberate crash from /debug/crash (secret detail: do not show)");
  }
}

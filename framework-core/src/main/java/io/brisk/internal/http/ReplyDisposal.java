package io.brisk.internal.http;

import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Frees a reply that will never be written: its buffers released, its stream closed. */
final class ReplyDisposal {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyDisposal.class);

  private ReplyDisposal() {}

  /** Releases any kind of reply ({@code null} included). */
  static void dispose(Object reply) {
    try {
      if (reply instanceof StreamReply s) {
        s.body().close();
      } else if (reply instanceof PumpReply p) {
        p.pump().discard();
      } else {
        ReferenceCountUtil.release(reply);
      }
    } catch (Exception e) {
      LOG.debug("Discarding a reply failed", e);
    }
  }
}

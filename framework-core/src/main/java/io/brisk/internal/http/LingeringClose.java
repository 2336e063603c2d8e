package io.brisk.internal.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection after its last response without destroying that response.
 *
 * <p>Closing a socket whose receive buffer still holds unread bytes (the rest of a refused body,
 * such as a 413's) makes the kernel send a reset, and a reset makes the client's kernel drop the
 * response it has not read yet: the client sees a broken connection instead of the 413. So the
 * server first ends its own direction (FIN after the response), then reads and discards what the
 * client still sends, and closes when the client does, or after {@link #LINGER_MILLIS}. TLS
 * connections and HTTP/2 streams are closed at once (their close has its own protocol).
 */
final class LingeringClose implements ChannelFutureListener {
  /** The longest time a refused client may keep sending before the connection is closed. */
  static final long LINGER_MILLIS = 2_000;

  static final LingeringClose INSTANCE = new LingeringClose();

  private LingeringClose() {}

  @Override
  public void operationComplete(ChannelFuture written) {
    Channel ch = written.channel();
    if (!written.isSuccess() || !ch.isActive() || !(ch instanceof DuplexChannel duplex)
        || ch.pipeline().get(SslHandler.class) != null) {
      ch.close();
      return;
    }
    duplex.shutdownOutput().addListener(shut -> {
      if (!shut.isSuccess() || !ch.isActive()) {
        ch.close();
        return;
      }
      ch.pipeline().addFirst("linger", new Discard());
      ch.config().setAutoRead(true);
      ch.read();
      ch.eventLoop().schedule(() -> ch.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
    });
  }

  /** Swallows whatever still arrives; the connection closes when the client closes its side. */
  private static final class Discard extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ReferenceCountUtil.release(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      // Nothing to pass on: the handlers behind are done with this connection.
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}

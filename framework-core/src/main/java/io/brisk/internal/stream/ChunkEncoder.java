package io.brisk.internal.stream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/** Encodes one item of a streamed response body as one chunk. */
@FunctionalInterface
public interface ChunkEncoder {
  /** The chunk for an item. */
  ByteBuf encode(Object item, ByteBufAllocator alloc) throws Exception;
}

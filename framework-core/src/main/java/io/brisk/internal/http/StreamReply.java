package io.brisk.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.stream.ChunkedInput;

/**
 * A response whose body is streamed in chunks (files, input streams) rather than held in memory.
 *
 * @param head status and headers
 * @param body the chunks; closed once written or when the connection fails
 */
record StreamReply(HttpResponse head, ChunkedInput<ByteBuf> body) {}

package io.brisk.internal.http;

import io.brisk.internal.stream.StreamPump;
import io.netty.handler.codec.http.HttpResponse;

/**
 * A response whose body is produced item by item by a handler's stream, written by a
 * {@link StreamPump} that owns the connection until the stream ends.
 *
 * @param head status and headers
 * @param pump the writer of the body
 */
record PumpReply(HttpResponse head, StreamPump pump) {}

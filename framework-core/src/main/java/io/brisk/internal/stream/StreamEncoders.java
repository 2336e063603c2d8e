package io.brisk.internal.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.ServerSentEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The encoders of the streamed media types: SSE, JSON Lines, text and bytes. */
public final class StreamEncoders {
  /** The SSE media type. */
  public static final String EVENT_STREAM = "text/event-stream";
  /** The JSON Lines media type. */
  public static final String JSON_LINES = "application/jsonl";

  private StreamEncoders() {}

  /** The encoder of a media type (SSE, JSON Lines / NDJSON, text, anything else as bytes). */
  public static ChunkEncoder forMediaType(String mediaType, ObjectMapper mapper) {
    String media = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (media) {
      case EVENT_STREAM -> (item, alloc) -> sse(item, mapper, alloc);
      case JSON_LINES, "application/x-ndjson", "application/json-seq" -> (item, alloc) -> {
        byte[] json = mapper.writeValueAsBytes(item);
        ByteBuf buf = alloc.buffer(json.length + 1);
        return buf.writeBytes(json).writeByte('\n');
      };
      default -> media.startsWith("text/")
          ? (item, alloc) -> ByteBufUtil.writeUtf8(alloc, String.valueOf(item))
          : (item, alloc) -> item instanceof byte[] b ? Unpooled.wrappedBuffer(b)
              : ByteBufUtil.writeUtf8(alloc, String.valueOf(item));
    };
  }

  /** A keep-alive comment for SSE. */
  public static ByteBuf ping() {
    return Unpooled.copiedBuffer(": ping\n\n", StandardCharsets.UTF_8);
  }

  private static ByteBuf sse(Object item, ObjectMapper mapper, io.netty.buffer.ByteBufAllocator alloc) throws Exception {
    ServerSentEvent e = item instanceof ServerSentEvent s ? s : ServerSentEvent.of(item);
    StringBuilder sb = new StringBuilder();
    if (e.comment() != null) {
      for (String line : e.comment().split("\r\n|\r|\n", -1)) {
        sb.append(": ").append(line).append('\n');
      }
    }
    if (e.event() != null) {
      sb.append("event: ").append(singleLine(e.event())).append('\n');
    }
    if (e.id() != null) {
      sb.append("id: ").append(singleLine(e.id())).append('\n');
    }
    if (e.retry() != null) {
      sb.append("retry: ").append(e.retry().toMillis()).append('\n');
    }
    if (e.data() != null) {
      String data = e.data() instanceof CharSequence cs ? cs.toString() : mapper.writeValueAsString(e.data());
      for (String line : data.split("\r\n|\r|\n", -1)) {
        sb.append("data: ").append(line).append('\n');
      }
    }
    sb.append('\n');
    return ByteBufUtil.writeUtf8(alloc, sb);
  }

  /** Field values other than data may not contain line breaks (they would end the field). */
  private static String singleLine(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }
}

package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {
  record Point(int x, int y) {}

  /** Writes the start of an object, then fails: a generator left inside an object. */
  @JsonSerialize(using = Failing.Serializer.class)
  record Failing() {
    static final class Serializer extends StdSerializer<Failing> {
      Serializer() {
        super(Failing.class);
      }

      @Override
      public void serialize(Failing value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("half");
        throw new IOException("broken serializer");
      }
    }
  }

  /** Opens an object and returns without closing it. */
  @JsonSerialize(using = LeftOpen.Serializer.class)
  record LeftOpen() {
    static final class Serializer extends StdSerializer<LeftOpen> {
      Serializer() {
        super(LeftOpen.class);
      }

      @Override
      public void serialize(LeftOpen value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("a", 1);
      }
    }
  }

  private static List<String> writeAll(ObjectMapper mapper, Object... values) throws InterruptedException {
    JsonBodyWriter writer = new JsonBodyWriter();
    List<String> out = new ArrayList<>();
    // An event loop's kind of thread: the one where generators are kept between responses.
    Thread t = new FastThreadLocalThread(() -> {
      for (Object v : values) {
        ByteBuf buf = Unpooled.buffer();
        try {
          writer.write(mapper.writerFor(v.getClass()), v, buf);
          out.add(buf.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
          out.add("failed: " + e.getMessage());
        } finally {
          buf.release();
        }
      }
    });
    t.start();
    t.join();
    return out;
  }

  @Test
  void writesEachValueAloneOnAnEventLoopThread() throws Exception {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(writeAll(mapper, new Point(1, 2), new Point(3, 4), Map.of("k", "v"), 42))
        .containsExactly("{\"x\":1,\"y\":2}", "{\"x\":3,\"y\":4}", "{\"k\":\"v\"}", "42");
  }

  @Test
  void writesLikeJacksonWithAPrettyPrintingMapper() throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    String expected = mapper.writeValueAsString(new Point(1, 2));

    assertThat(writeAll(mapper, new Point(1, 2), new Point(1, 2))).containsExactly(expected, expected);
  }

  @Test
  void aFailedValueLeavesNothingBehindForTheNext() throws Exception {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(writeAll(mapper, new Point(1, 2), new Failing(), new Point(3, 4)))
        .containsExactly("{\"x\":1,\"y\":2}", "failed: broken serializer", "{\"x\":3,\"y\":4}");
  }

  @Test
  void completesWhatASerializerLeftOpenAsJacksonDoes() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String expected = mapper.writeValueAsString(new LeftOpen());

    assertThat(expected).isEqualTo("{\"a\":1}");
    assertThat(writeAll(mapper, new LeftOpen(), new Point(3, 4))).containsExactly(expected, "{\"x\":3,\"y\":4}");
  }

  @Test
  void writesOnAPlainThreadToo() throws Exception {
    ByteBuf buf = Unpooled.buffer();
    try {
      new JsonBodyWriter().write(new ObjectMapper().writerFor(Point.class), new Point(5, 6), buf);

      assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("{\"x\":5,\"y\":6}");
    } finally {
      buf.release();
    }
  }

  @Test
  void failsOnAPlainThreadAsJacksonDoes() {
    ByteBuf buf = Unpooled.buffer();
    try {
      assertThatThrownBy(() -> new JsonBodyWriter().write(new ObjectMapper().writerFor(Failing.class), new Failing(), buf))
          .hasMessageContaining("broken serializer");
    } finally {
      buf.release();
    }
  }
}

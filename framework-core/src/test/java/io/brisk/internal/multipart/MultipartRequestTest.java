package io.brisk.internal.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartRequestTest {
  private static final String BODY = """
      --b\r
      Content-Disposition: form-data; name="title"\r
      \r
      hello\r
      --b\r
      Content-Disposition: form-data; name="tag"\r
      \r
      x\r
      --b\r
      Content-Disposition: form-data; name="tag"\r
      \r
      y\r
      --b--\r
      """;

  /**
   * Found by fuzzing: the fields map threw on everything but {@code get}, so any caller asking its
   * size or iterating it (as a Map must allow) made the request fail with a 500.
   */
  @Test
  void exposesItsFieldsAsAWholeReadOnlyMap() {
    FullHttpRequest raw = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/upload",
        Unpooled.copiedBuffer(BODY, StandardCharsets.US_ASCII));
    raw.headers().set(HttpHeaderNames.CONTENT_TYPE, "multipart/form-data; boundary=b");
    HttpPostRequestDecoder decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), raw);
    MultipartRequest request = new MultipartRequest(raw, decoder);
    try {
      Map<String, List<String>> fields = request.fields();
      assertThat(fields).hasSize(2).isNotEmpty().containsEntry("title", List.of("hello"))
          .containsEntry("tag", List.of("x", "y"));
      assertThat(fields.keySet()).containsExactly("title", "tag");
      assertThat(fields.get("missing")).isNull();
      assertThat(request.field("missing")).isEmpty();
    } finally {
      request.destroy();
      raw.release();
    }
  }
}

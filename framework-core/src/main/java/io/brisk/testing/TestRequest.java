package io.brisk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request being built by a {@link TestClient}; {@link #send()} performs it. */
public final class TestRequest {
  private final TestClient client;
  private final String method;
  private final String target;
  private final List<Map.Entry<String, String>> headers = new ArrayList<>();
  private final List<Map.Entry<String, String>> query = new ArrayList<>();
  private final List<String> cookies = new ArrayList<>();
  private byte[] body;

  TestRequest(TestClient client, String method, String target) {
    this.client = client;
    this.method = method;
    this.target = target;
  }

  /** Adds a header. */
  public TestRequest header(String name, String value) {
    headers.add(Map.entry(name, value));
    return this;
  }

  /** Adds a query parameter (percent-encoded for you). */
  public TestRequest query(String name, String value) {
    query.add(Map.entry(name, value));
    return this;
  }

  /** Adds a cookie. */
  public TestRequest cookie(String name, String value) {
    cookies.add(name + "=" + value);
    return this;
  }

  /** Sets a JSON body, written with the app's own mapper, and its content type. */
  public TestRequest json(Object value) {
    try {
      body = client.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write the body as JSON: " + e.getMessage(), e);
    }
    return header("Content-Type", "application/json");
  }

  /** Sets a raw body with a content type (for malformed JSON, text, anything). */
  public TestRequest body(String text, String contentType) {
    return body(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** Sets a raw body with a content type; a {@code null} type sends none. */
  public TestRequest body(byte[] bytes, String contentType) {
    body = bytes.clone();
    return contentType == null ? this : header("Content-Type", contentType);
  }

  /** Sends the request and waits (up to 30 s) for the response. */
  public TestResponse send() {
    String uri = target;
    if (!query.isEmpty()) {
      QueryStringEncoder encoder = new QueryStringEncoder("");
      query.forEach(e -> encoder.addParam(e.getKey(), e.getValue()));
      uri += (uri.contains("?") ? "&" : "?") + encoder.toString().substring(1);
    }
    FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(method), uri,
        body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
    if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Host"))) {
      request.headers().set(HttpHeaderNames.HOST, "testclient");
    }
    if (body != null) {
      request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    }
    headers.forEach(h -> request.headers().add(h.getKey(), h.getValue()));
    if (!cookies.isEmpty()) {
      request.headers().set(HttpHeaderNames.COOKIE, String.join("; ", cookies));
    }
    return client.exchange(request);
  }
}

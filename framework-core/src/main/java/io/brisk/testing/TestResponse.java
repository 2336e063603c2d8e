package io.brisk.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A response received by a {@link TestClient}: status, headers and the whole body. */
public final class TestResponse {
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final ObjectMapper mapper;

  TestResponse(int status, HttpHeaders headers, byte[] body, ObjectMapper mapper) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.mapper = mapper;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The first value of a header (case-insensitive). */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** Every value of a header. */
  public List<String> headers(String name) {
    return headers.getAll(name);
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body bytes. */
  public byte[] bytes() {
    return body.clone();
  }

  /** The body read as JSON into a type, with the app's mapper. */
  public <T> T json(Class<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("The body is not JSON for " + type.getName() + ": " + text(), e);
    }
  }

  /** The body read as JSON into a generic type ({@code new TypeReference<List<Item>>() {}}). */
  public <T> T json(TypeReference<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("The body is not JSON for " + type.getType() + ": " + text(), e);
    }
  }

  /** The body as a JSON tree. */
  public JsonNode json() {
    return json(JsonNode.class);
  }

  @Override
  public String toString() {
    return status + " " + text();
  }
}

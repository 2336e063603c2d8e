package io.brisk.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brisk.ValidationError;
import io.brisk.ValidationErrorFormat;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem responses ({@code application/problem+json}). */
public final class Problems {
  /** The problem media type. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final ObjectMapper mapper;
  private final ValidationErrorFormat format;
  private final int validationStatus;

  /** Problems written with the app's mapper, invalid input in the configured format and status. */
  public Problems(ObjectMapper mapper, ValidationErrorFormat format, int validationStatus) {
    this.mapper = mapper;
    this.format = format;
    this.validationStatus = validationStatus;
  }

  /** The answer to invalid input, in the configured status and format. */
  public FullHttpResponse invalidInput(String detail, String instance, List<ValidationError> errors) {
    if (format == ValidationErrorFormat.PROBLEM) {
      return response(validationStatus, detail, instance, errors);
    }
    List<Map<String, Object>> list = new ArrayList<>(errors.size());
    for (ValidationError e : errors) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", e.type());
      m.put("loc", e.loc());
      m.put("msg", e.msg());
      m.put("input", e.input());
      if (!e.ctx().isEmpty()) {
        m.put("ctx", e.ctx());
      }
      list.add(m);
    }
    return json(validationStatus, Map.of("detail", list), "application/json");
  }

  /** The standard title of a status. */
  public static String title(int status) {
    return switch (status) {
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 422 -> "Unprocessable Content";
      default -> HttpResponseStatus.valueOf(status).reasonPhrase();
    };
  }

  /** A problem response; {@code errors} may be empty, {@code detail} and {@code instance} {@code null}. */
  public FullHttpResponse response(int status, String detail, String instance, List<ValidationError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>(errors.size());
      for (ValidationError e : errors) {
        list.add(errorMap(e));
      }
      body.put("errors", list);
    }
    return json(status, body, MEDIA_TYPE);
  }

  private FullHttpResponse json(int status, Map<String, Object> body, String mediaType) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // An input value Jackson cannot write: drop the inputs rather than fail the error itself.
      body = new LinkedHashMap<>(body);
      body.remove("errors");
      body.remove("detail");
      try {
        bytes = mapper.writeValueAsBytes(body);
      } catch (JsonProcessingException again) {
        throw new IllegalStateException(again);
      }
    }
    FullHttpResponse response = new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(bytes));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, mediaType);
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
    return response;
  }

  /** One error as the JSON object of the {@code errors} list. */
  public static Map<String, Object> errorMap(ValidationError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("loc", e.loc());
    m.put("msg", e.msg());
    m.put("type", e.type());
    if (e.input() != null) {
      m.put("input", e.input());
    }
    if (!e.ctx().isEmpty()) {
      m.put("ctx", e.ctx());
    }
    return m;
  }
}

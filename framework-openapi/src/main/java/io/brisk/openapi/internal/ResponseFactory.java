package io.brisk.openapi.internal;

import io.brisk.HttpMethod;
import io.brisk.Response;
import io.brisk.Route;
import io.brisk.openapi.ApiResponse;
import io.brisk.openapi.ResponseHeader;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/**
 * An operation's responses, sorted by status: the success response (its schema from the route's
 * response type, no content for 204), 404 for {@code Optional} results, 401 for routes that need
 * a credential and 403 for routes that require scopes, the invalid-input answer
 * in the app's format and status when the route takes input, then the {@link ApiResponse}s
 * declared on the handler, which replace generated ones of the same status.
 */
final class ResponseFactory {
  private final SchemaFactory schemas;
  private final ErrorSchemas errors;
  private final int validationStatus;

  ResponseFactory(SchemaFactory schemas, ErrorSchemas errors, int validationStatus) {
    this.schemas = schemas;
    this.errors = errors;
    this.validationStatus = validationStatus;
  }

  ApiResponses create(Route route, String returnsDoc, Inputs inputs, boolean authenticated, boolean scoped) {
    Map<String, io.swagger.v3.oas.models.responses.ApiResponse> byStatus = new TreeMap<>();
    Type type = route.responseType();
    boolean optional = raw(type) == Optional.class;
    if (optional) {
      type = ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    int status = route.status();
    io.swagger.v3.oas.models.responses.ApiResponse success = new io.swagger.v3.oas.models.responses.ApiResponse()
        .description(returnsDoc.isEmpty() ? reason(status) : returnsDoc);
    boolean noBody = status == 204 || status == 304 || type == void.class || type == Void.class
        || route.httpMethod() == HttpMethod.HEAD;
    if (!noBody) {
      success.setContent(content(type, route.produces()));
    }
    if ((status == 201 || (status >= 300 && status < 400)) && returnsResponse(route)) {
      success.addHeaderObject("Location", new Header()
          .description(status == 201 ? "The URL of the created resource." : "Where the resource is.")
          .schema(SchemaKit.of(schemas.v31(), "string", "uri-reference")));
    }
    for (ResponseHeader h : route.handlerMethod().getAnnotationsByType(ResponseHeader.class)) {
      success.addHeaderObject(h.name(), header(h));
    }
    byStatus.put(Integer.toString(status), success);
    if (optional) {
      byStatus.put("404", problem(404, "Not Found"));
    }
    if (authenticated) {
      io.swagger.v3.oas.models.responses.ApiResponse unauthorized = problem(401, "Not authenticated");
      unauthorized.addHeaderObject("WWW-Authenticate", new Header()
          .description("The authentication scheme to use.").schema(SchemaKit.of(schemas.v31(), "string")));
      byStatus.put("401", unauthorized);
    }
    if (scoped) {
      byStatus.put("403", problem(403, "Not enough permissions"));
    }
    if (inputs.any()) {
      byStatus.put(Integer.toString(validationStatus), new io.swagger.v3.oas.models.responses.ApiResponse()
          .description("Validation Error")
          .content(new Content().addMediaType(errors.validationMediaType(), new MediaType().schema(errors.validation()))));
    }
    for (ApiResponse declared : route.handlerMethod().getAnnotationsByType(ApiResponse.class)) {
      boolean untyped = declared.type() == void.class || declared.type() == Void.class;
      if (declared.status() == status && untyped) {
        // The success status without a type: keep the generated body, take description and headers.
        if (!declared.description().isEmpty()) {
          success.setDescription(declared.description());
        }
        for (ResponseHeader h : declared.headers()) {
          success.addHeaderObject(h.name(), header(h));
        }
      } else {
        byStatus.put(Integer.toString(declared.status()), declared(declared));
      }
    }
    ApiResponses responses = new ApiResponses();
    byStatus.forEach(responses::addApiResponse);
    return responses;
  }

  private io.swagger.v3.oas.models.responses.ApiResponse declared(ApiResponse a) {
    String description = a.description().isEmpty() ? reason(a.status()) : a.description();
    io.swagger.v3.oas.models.responses.ApiResponse r;
    if (a.type() != void.class && a.type() != Void.class) {
      r = new io.swagger.v3.oas.models.responses.ApiResponse().description(description);
      r.setContent(content(a.type(), a.mediaType()));
    } else if (a.status() >= 400) {
      r = problem(a.status(), description);
    } else {
      r = new io.swagger.v3.oas.models.responses.ApiResponse().description(description);
    }
    for (ResponseHeader h : a.headers()) {
      r.addHeaderObject(h.name(), header(h));
    }
    return r;
  }

  private Header header(ResponseHeader h) {
    Header header = new Header().schema(schemas.schema(h.type()));
    if (!h.description().isEmpty()) {
      header.setDescription(h.description());
    }
    if (h.required()) {
      header.setRequired(true);
    }
    return header;
  }

  private io.swagger.v3.oas.models.responses.ApiResponse problem(int status, String description) {
    return new io.swagger.v3.oas.models.responses.ApiResponse()
        .description(description)
        .content(new Content().addMediaType(ErrorSchemas.PROBLEM_JSON, new MediaType().schema(errors.problem())));
  }

  /**
   * The body's media type and schema: text, bytes and streams as they are written, server-sent
   * events as text, JSON Lines with the schema of one line, the rest as JSON.
   */
  private Content content(Type type, String produces) {
    Class<?> raw = raw(type);
    String media;
    Schema<?> schema;
    if (java.util.stream.Stream.class.isAssignableFrom(raw) || java.util.Iterator.class.isAssignableFrom(raw)
        || java.util.concurrent.Flow.Publisher.class.isAssignableFrom(raw)) {
      // A stream: server-sent events are text; JSON Lines document the schema of one line.
      Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      media = produces.isEmpty() ? "application/jsonl" : produces;
      schema = media.startsWith("text/event-stream") || raw(element) == Object.class
          ? SchemaKit.of(schemas.v31(), "string") : schemas.schema(element);
    } else if (CharSequence.class.isAssignableFrom(raw)) {
      media = produces.isEmpty() ? "text/plain" : produces;
      schema = SchemaKit.of(schemas.v31(), "string");
    } else if (raw == byte[].class || InputStream.class.isAssignableFrom(raw) || java.nio.file.Path.class.isAssignableFrom(raw)
        || File.class.isAssignableFrom(raw)) {
      media = produces.isEmpty() ? "application/octet-stream" : produces;
      schema = SchemaKit.of(schemas.v31(), "string", "binary");
    } else {
      media = produces.isEmpty() ? "application/json" : produces;
      schema = raw == Object.class ? SchemaKit.any(schemas.v31()) : schemas.schema(type);
    }
    return new Content().addMediaType(media, new MediaType().schema(schema));
  }

  /** Whether the handler can set headers itself: it returns a {@link Response} (maybe asynchronously). */
  private static boolean returnsResponse(Route route) {
    Type t = route.handlerMethod().getGenericReturnType();
    if (t instanceof ParameterizedType p && CompletionStage.class.isAssignableFrom((Class<?>) p.getRawType())) {
      t = p.getActualTypeArguments()[0];
    }
    return raw(t) == Response.class;
  }

  static String reason(int status) {
    return switch (status) {
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      default -> HttpResponseStatus.valueOf(status).reasonPhrase();
    };
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }
}

package io.brisk.internal.binding;

import com.fasterxml.jackson.databind.ObjectReader;
import io.brisk.ValidationError;
import io.brisk.internal.http.Exchange;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads the JSON body into the parameter's type with a reader resolved at start-up. */
public final class BodyBinder implements ArgumentBinder {
  private static final List<Object> LOC = List.of("body");

  private final ObjectReader reader;
  private final boolean required;

  /** A binder; {@code required} rejects a request without a body. */
  public BodyBinder(ObjectReader reader, boolean required) {
    this.reader = reader;
    this.required = required;
  }

  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    ByteBuf content = exchange.content();
    if (!content.isReadable()) {
      if (!required) {
        return null;
      }
      errors.add(ValidationError.of(LOC, "Field required", "missing", null));
      return FAILED;
    }
    try {
      Object value;
      if (content.hasArray()) {
        value = reader.readValue(content.array(), content.arrayOffset() + content.readerIndex(), content.readableBytes());
      } else {
        try (InputStream in = new ByteBufInputStream(content.duplicate())) {
          value = reader.readValue(in);
        }
      }
      if (value == null && required) {
        errors.add(ValidationError.of(LOC, "Field required", "missing", null));
        return FAILED;
      }
      return value;
    } catch (IOException e) {
      JsonErrors.addErrors(e, errors);
      return FAILED;
    }
  }
}

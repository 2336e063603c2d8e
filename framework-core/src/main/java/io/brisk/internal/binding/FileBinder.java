package io.brisk.internal.binding;

import io.brisk.UploadedFile;
import io.brisk.ValidationError;
import io.brisk.internal.http.Exchange;
import java.util.List;
import java.util.Optional;

/** Binds the file parts of a multipart field as one file, an optional one, or a list. */
public final class FileBinder implements ArgumentBinder {
  private final String name;
  private final ValueShape shape;
  private final List<Object> loc;

  /** A binder for the field {@code name}. */
  public FileBinder(String name, ValueShape shape) {
    this.name = name;
    this.shape = shape;
    this.loc = List.of("form", name); // a multipart body is a form: its errors say so
  }

  @Override
  public Object bind(Exchange exchange, List<ValidationError> errors) {
    List<UploadedFile> files = exchange.files(name);
    return switch (shape) {
      case LIST, SET -> files;
      case OPTIONAL -> files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
      case SINGLE -> {
        if (files.isEmpty()) {
          errors.add(ValidationError.of(loc, "Field required", "missing", null));
          yield FAILED;
        }
        yield files.get(0);
      }
    };
  }
}

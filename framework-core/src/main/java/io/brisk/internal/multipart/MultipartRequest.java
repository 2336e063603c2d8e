package io.brisk.internal.multipart;

import io.brisk.UploadedFile;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fully received multipart request: its head, and its fields and files as decoded while the body
 * arrived (large files already spooled to disk). The body buffer is empty; {@link #destroy()}
 * deletes the temporary files.
 */
public final class MultipartRequest extends DefaultFullHttpRequest {
  private final HttpPostRequestDecoder decoder;
  private final Map<String, List<String>> fields = new LinkedHashMap<>();
  private final Map<String, List<UploadedFile>> files = new LinkedHashMap<>();

  MultipartRequest(HttpRequest head, HttpPostRequestDecoder decoder) {
    super(head.protocolVersion(), head.method(), head.uri(), Unpooled.EMPTY_BUFFER);
    headers().set(head.headers());
    this.decoder = decoder;
    for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
      if (data instanceof FileUpload upload) {
        files.computeIfAbsent(upload.getName(), k -> new ArrayList<>()).add(new NettyUploadedFile(upload));
      } else if (data instanceof Attribute attribute) {
        try {
          fields.computeIfAbsent(attribute.getName(), k -> new ArrayList<>()).add(attribute.getValue());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Every value of a text field. */
  public List<String> field(String name) {
    List<String> v = fields.get(name);
    return v == null ? List.of() : v;
  }

  /** The text fields by name, read-only: a whole map, like an urlencoded form's. */
  public Map<String, List<String>> fields() {
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** Every file of a field. */
  public List<UploadedFile> files(String name) {
    List<UploadedFile> v = files.get(name);
    return v == null ? List.of() : v;
  }

  /** Deletes the temporary files and frees the decoded parts. */
  public void destroy() {
    decoder.destroy();
  }
}

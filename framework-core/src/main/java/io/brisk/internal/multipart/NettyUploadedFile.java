package io.brisk.internal.multipart;

import io.brisk.UploadedFile;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.multipart.FileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An {@link UploadedFile} over a Netty file upload (in memory or spooled to disk). */
final class NettyUploadedFile implements UploadedFile {
  private final FileUpload upload;

  NettyUploadedFile(FileUpload upload) {
    this.upload = upload;
  }

  @Override
  public String fieldName() {
    return upload.getName();
  }

  @Override
  public String filename() {
    return upload.getFilename() == null ? "" : upload.getFilename();
  }

  @Override
  public String contentType() {
    return upload.getContentType() == null ? "application/octet-stream" : upload.getContentType();
  }

  @Override
  public java.util.Map<String, String> headers() {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("content-disposition", "form-data; name=\"" + fieldName() + "\"; filename=\"" + filename() + "\"");
    h.put("content-type", upload.getCharset() == null || !contentType().startsWith("text/")
        ? contentType() : contentType() + "; charset=" + upload.getCharset().name());
    if (upload.getContentTransferEncoding() != null) {
      h.put("content-transfer-encoding", upload.getContentTransferEncoding());
    }
    return java.util.Map.copyOf(h);
  }

  @Override
  public long size() {
    return upload.length();
  }

  @Override
  public boolean inMemory() {
    return upload.isInMemory();
  }

  @Override
  public InputStream open() throws IOException {
    if (upload.isInMemory()) {
      return new ByteBufInputStream(upload.getByteBuf().duplicate());
    }
    return Files.newInputStream(upload.getFile().toPath());
  }

  @Override
  public byte[] bytes() throws IOException {
    return upload.get();
  }

  @Override
  public Path saveTo(Path target) throws IOException {
    try (InputStream in = open()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Override
  public String toString() {
    return "UploadedFile[" + fieldName() + ": " + filename() + ", " + contentType() + ", " + size() + " bytes]";
  }
}

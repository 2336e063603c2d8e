package io.brisk.examples.inventory.files;

import io.brisk.UploadedFile;
import io.brisk.annotation.File;
import io.brisk.annotation.Form;
import io.brisk.annotation.Post;
import io.brisk.annotation.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** File uploads ({@code multipart/form-data}): describes what was received. Stateless. */
@Router(tags = "files")
public final class FilesApi {
  /**
   * What the server received.
   *
   * @param filename the name the client gave the file
   * @param contentType the type the client declared
   * @param size the size in bytes
   * @param sha256 the SHA-256 of the content, in hex
   */
  public record FileInfo(String filename, String contentType, long size, String sha256) {}

  /**
   * Receives one file and tells its name, type, size and SHA-256.
   *
   * @param file the file
   * @param description what the file is, if the client says
   * @return what was received
   */
  @Post("/files")
  public FileInfo upload(@File("file") UploadedFile file, @Form("description") Optional<String> description)
      throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = file.open(); OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      in.transferTo(digest);
    }
    return new FileInfo(file.filename(), file.contentType(), file.size(), HexFormat.of().formatHex(sha256.digest()));
  }
}

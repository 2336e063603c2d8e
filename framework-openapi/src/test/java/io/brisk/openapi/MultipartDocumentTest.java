package io.brisk.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.brisk.Brisk;
import io.brisk.UploadedFile;
import io.brisk.annotation.Form;
import io.brisk.annotation.Post;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** File uploads are documented as multipart/form-data bodies with binary parts. */
class MultipartDocumentTest {
  public static final class Photos {
    @Post("/photos")
    public String upload(UploadedFile photo, List<UploadedFile> extras, @Form Optional<String> caption) {
      return photo.filename();
    }
  }

  @Test
  void describesFilePartsAndFieldsAsAMultipartBody() {
    JsonNode doc = Documents.tree(Brisk.create().include(new Photos()));
    JsonNode schema = doc.path("paths").path("/photos").path("post").path("requestBody").path("content")
        .path("multipart/form-data").path("schema");
    assertThat(schema.path("properties").path("photo").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"binary\"}");
    assertThat(schema.path("properties").path("extras").path("type").asText()).isEqualTo("array");
    assertThat(schema.path("properties").path("extras").path("items").path("format").asText()).isEqualTo("binary");
    assertThat(schema.path("properties").path("caption").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("required").toString()).isEqualTo("[\"photo\"]");
  }
}

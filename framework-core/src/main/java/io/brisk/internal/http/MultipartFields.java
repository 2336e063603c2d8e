package io.brisk.internal.http;

import io.brisk.internal.multipart.MultipartRequest;
import java.util.AbstractMap;
import java.util.List;
import java.util.Set;

/** The text fields of a multipart body, read like an urlencoded form's. */
final class MultipartFields extends AbstractMap<String, List<String>> {
  private final MultipartRequest request;

  MultipartFields(MultipartRequest request) {
    this.request = request;
  }

  @Override
  public List<String> get(Object key) {
    List<String> v = request.field(String.valueOf(key));
    return v.isEmpty() ? null : v;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    throw new UnsupportedOperationException("look fields up by name");
  }
}

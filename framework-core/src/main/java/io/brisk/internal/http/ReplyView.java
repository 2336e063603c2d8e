package io.brisk.internal.http;

import io.brisk.Reply;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** A {@link Reply} over a rendered Netty response of any kind. */
final class ReplyView implements Reply {
  private final Object raw;
  private final HttpHeaders headers;

  ReplyView(Object raw) {
    this.raw = raw;
    this.headers = ResponseWriter.head(raw).headers();
  }

  Object raw() {
    return raw;
  }

  @Override
  public int status() {
    return ResponseWriter.head(raw).status().code();
  }

  @Override
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  @Override
  public List<String> headers(String name) {
    return headers.getAll(name);
  }

  @Override
  public Reply header(String name, String value) {
    headers.set(name, value);
    return this;
  }

  @Override
  public Reply addHeader(String name, String value) {
    headers.add(name, value);
    return this;
  }

  @Override
  public Reply removeHeader(String name) {
    headers.remove(name);
    return this;
  }
}

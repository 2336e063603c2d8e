package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

class GeneratedIdTest {
  @Test
  void showsItsBitsAsSixteenLowerCaseHexDigits() {
    GeneratedId id = new GeneratedId(0x0123456789abcdefL);

    assertThat(id.length()).isEqualTo(16);
    assertThat(id.toString()).isEqualTo("0123456789abcdef");
    assertThat(id.charAt(0)).isEqualTo('0');
    assertThat(id.charAt(15)).isEqualTo('f');
    assertThat(id.subSequence(2, 6).toString()).isEqualTo("2345");
  }

  @Test
  void keepsLeadingZeros() {
    assertThat(new GeneratedId(0xabL).toString()).isEqualTo("00000000000000ab");
    assertThat(new GeneratedId(-1L).toString()).isEqualTo("ffffffffffffffff");
  }

  @Test
  void isAValidHeaderValue() {
    HttpHeaders headers = DefaultHttpHeadersFactory.headersFactory().newEmptyHeaders();
    headers.set("x-request-id", new GeneratedId(0xfedcba9876543210L));

    assertThat(headers.get("x-request-id")).isEqualTo("fedcba9876543210");
  }

  @Test
  void aClientIdIsKeptAndABadOneReplaced() {
    assertThat(RequestIds.accept("abc-123")).isEqualTo("abc-123");
    assertThat(RequestIds.accept("has space").toString()).matches("[0-9a-f]{16}");
    assertThat(RequestIds.accept(null).toString()).matches("[0-9a-f]{16}");
  }
}

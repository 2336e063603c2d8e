package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

class RequestHeadersFactoryTest {
  @Test
  void keepsEveryHeaderOfALargeRequestThoughTheTableIsSmall() {
    HttpHeaders headers = RequestHeadersFactory.INSTANCE.newHeaders();
    for (int i = 0; i < 40; i++) {
      headers.add("X-Header-" + i, "value " + i);
    }
    headers.add("x-header-7", "second");

    assertThat(headers.size()).isEqualTo(41);
    for (int i = 0; i < 40; i++) {
      assertThat(headers.get("x-header-" + i)).isEqualTo("value " + i);
    }
    assertThat(headers.getAll("X-HEADER-7")).containsExactly("value 7", "second");
    headers.remove("x-header-7");
    assertThat(headers.contains("x-header-7")).isFalse();
    assertThat(headers.size()).isEqualTo(39);
  }

  @Test
  void validatesNamesAndValuesAsNettysDefaultDoes() {
    HttpHeaders headers = RequestHeadersFactory.INSTANCE.newHeaders();
    assertThatThrownBy(() -> headers.add("Bad Header", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> headers.add("X-Split", "a\r\nInjected: yes")).isInstanceOf(IllegalArgumentException.class);
    assertThat(headers.isEmpty()).isTrue();
  }
}

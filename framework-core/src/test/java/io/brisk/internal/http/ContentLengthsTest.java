package io.brisk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentLengthsTest {
  @Test
  void writesTheLengthInDecimal() {
    assertThat(ContentLengths.of(0).toString()).isEqualTo("0");
    assertThat(ContentLengths.of(27).toString()).isEqualTo("27");
    assertThat(ContentLengths.of(27).toString()).isEqualTo("27");
    assertThat(ContentLengths.of(ContentLengths.CACHED - 1).toString()).isEqualTo("4095");
    assertThat(ContentLengths.of(ContentLengths.CACHED).toString()).isEqualTo("4096");
    assertThat(ContentLengths.of(1_234_567).toString()).isEqualTo("1234567");
  }
}

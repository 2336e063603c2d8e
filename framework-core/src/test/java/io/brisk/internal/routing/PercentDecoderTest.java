package io.brisk.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentDecoderTest {
  @Test
  void returnsAPlainSegmentItself() {
    String plain = "items-42";

    assertThat(PercentDecoder.decode(plain)).isSameAs(plain);
  }

  @Test
  void decodesEscapesAsUtf8() {
    assertThat(PercentDecoder.decode("a%20b")).isEqualTo("a b");
    assertThat(PercentDecoder.decode("caf%C3%A9")).isEqualTo("café");
    assertThat(PercentDecoder.decode("%e2%82%ac")).isEqualTo("€");
  }

  @Test
  void decodesAnEncodedSlashInsideTheSegment() {
    assertThat(PercentDecoder.decode("a%2Fb")).isEqualTo("a/b");
  }

  @Test
  void keepsAPlus() {
    assertThat(PercentDecoder.decode("a+b%21")).isEqualTo("a+b!");
  }

  @Test
  void readsRawNonAsciiBytesAsUtf8() {
    // Netty hands the request line over as ISO-8859-1 chars, one per byte.
    String rawUtf8 = new String("é".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(PercentDecoder.decode(rawUtf8)).isEqualTo("é");
  }

  @Test
  void rejectsATruncatedEscape() {
    assertThatThrownBy(() -> PercentDecoder.decode("a%2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truncated percent-escape in 'a%2'");
    assertThatThrownBy(() -> PercentDecoder.decode("%")).hasMessage("truncated percent-escape in '%'");
  }

  @Test
  void rejectsANonHexEscape() {
    assertThatThrownBy(() -> PercentDecoder.decode("%G1")).hasMessage("invalid percent-escape in '%G1'");
  }

  @Test
  void rejectsInvalidUtf8() {
    assertThatThrownBy(() -> PercentDecoder.decode("%C3%28")).hasMessage("invalid UTF-8 in '%C3%28'");
    assertThatThrownBy(() -> PercentDecoder.decode("%FF")).hasMessage("invalid UTF-8 in '%FF'");
  }
}

package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Test
  void roundTripsSmallAndLargeValues() {
    long[] values = LongStream.concat(LongStream.of(0, 1, 31, 32, 33, 1023, 1024, Integer.MAX_VALUE, 1L << 40),
        new Random(7).longs(200, 0, 1L << 33)).toArray();
    StringBuilder b = new StringBuilder();
    for (long v : values) {
      Codec.append(b, v);
    }
    assertThat(Codec.decode(b.toString())).containsExactly(values);
    assertThat(b.chars()).allMatch(c -> Codec.ALPHABET.indexOf(c) >= 0);
  }

  /** The index is built in bytes and spliced as text: both write the same characters. */
  @Test
  void bytesAndTextAreWrittenAlike() {
    long[] values = LongStream.concat(LongStream.of(0, 31, 32, Long.MAX_VALUE), new Random(8).longs(100, 0, 1L << 50)).toArray();
    StringBuilder text = new StringBuilder();
    byte[] bytes = new byte[values.length * Codec.LONGEST];
    int size = 0;
    for (long v : values) {
      Codec.append(text, v);
      size = Codec.append(bytes, size, v);
    }
    assertThat(new String(bytes, 0, size, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(text.toString());
  }

  @Test
  void valuesBelowThirtyTwoTakeOneCharacter() {
    StringBuilder b = new StringBuilder();
    Codec.append(b, 31);
    Codec.append(b, 40);
    String a = Codec.ALPHABET;
    // 31 fits one character; 40 = 8 + 1·32 needs a continued character (32 + 8), then 1.
    assertThat(b).hasToString("" + a.charAt(31) + a.charAt(32 + 8) + a.charAt(1));
  }

  @Test
  void theAlphabetStandsInAJsonStringAsItIs() {
    // Shards copy the postings into their JSON without escaping them.
    StringBuilder escaped = kokai.diag.Escaping.jsonString(new StringBuilder(), Codec.ALPHABET);
    assertThat(escaped).hasToString('"' + Codec.ALPHABET + '"');
  }
}

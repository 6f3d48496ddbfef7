package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Test
  void roundTripsSmallAndLargeValues() {
    long[] values = LongStream.concat(LongStream.of(0, 1, 31, 32, 33, 63, 64, 65, 1023, 1024, 1663, 1664, Integer.MAX_VALUE, 1L << 40, Long.MAX_VALUE),
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

  /** The postings keep their last characters in a number: it holds those the array would. */
  @Test
  void aPackedValueHoldsTheCharactersWrittenForIt() {
    long[] values = LongStream.concat(LongStream.of(0, 63, 64, 1663, 1664, Codec.PACKED_BELOW / Codec.MORE - 1,
        Codec.PACKED_BELOW / Codec.MORE, Codec.PACKED_BELOW - 1), new Random(9).longs(200, 0, Codec.PACKED_BELOW)).toArray();
    for (long v : values) {
      StringBuilder text = new StringBuilder();
      Codec.append(text, v);
      long packed = Codec.packed(v);
      StringBuilder unpacked = new StringBuilder();
      for (int i = 0; i < Codec.packedLength(packed); i++) {
        unpacked.append((char) (packed >>> (8 * i) & 0xff));
      }
      assertThat(unpacked).as("%d", v).hasToString(text.toString());
    }
    StringBuilder longest = new StringBuilder();
    Codec.append(longest, Codec.PACKED_BELOW - 1);
    assertThat(longest).hasSize(Long.BYTES);
    assertThatThrownBy(() -> Codec.packed(Codec.PACKED_BELOW)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesBelowSixtyFourTakeOneCharacter() {
    StringBuilder b = new StringBuilder();
    Codec.append(b, 63);
    Codec.append(b, 70);
    Codec.append(b, 1663);
    Codec.append(b, 1664);
    String a = Codec.ALPHABET;
    // 63 fits one character; 70 = 18 + 2·26 needs a continued character (64 + 18), then 2;
    // 1,663 = 25 + 63·26 is the most two characters hold; 1,664 = 0 + (12 + 2·26)·26 takes three.
    assertThat(b).hasToString("" + a.charAt(63) + a.charAt(64 + 18) + a.charAt(2) + a.charAt(64 + 25) + a.charAt(63)
        + a.charAt(64) + a.charAt(64 + 12) + a.charAt(2));
  }

  @Test
  void theLongestNumberTakesLongestCharacters() {
    StringBuilder b = new StringBuilder();
    Codec.append(b, Long.MAX_VALUE);
    assertThat(b).hasSize(Codec.LONGEST);
    assertThat(Codec.decode(b.toString())).containsExactly(Long.MAX_VALUE);
  }

  @Test
  void theAlphabetIsPrintableAsciiButWhatAStringOrADenseListGivesAMeaning() {
    StringBuilder expected = new StringBuilder();
    for (char c = '!'; c <= '~'; c++) {
      if ("\"\\`".indexOf(c) < 0 && c != DenseList.MARK) {
        expected.append(c);
      }
    }
    char[] sorted = Codec.ALPHABET.toCharArray();
    java.util.Arrays.sort(sorted);
    assertThat(new String(sorted)).isEqualTo(expected.toString());
    assertThat(Codec.ALPHABET).hasSize(Codec.LAST + Codec.MORE);
  }

  @Test
  void aCharacterOutsideTheAlphabetIsRefused() {
    assertThatThrownBy(() -> Codec.decode("1.")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an index character: .");
  }

  @Test
  void theAlphabetStandsInAJsonStringAsItIs() {
    // Shards copy the postings into their JSON without escaping them.
    StringBuilder escaped = kokai.diag.Escaping.jsonString(new StringBuilder(), Codec.ALPHABET);
    assertThat(escaped).hasToString('"' + Codec.ALPHABET + '"');
  }
}

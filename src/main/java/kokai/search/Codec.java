package kokai.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * Writes unsigned integers as text, low digits first, in a mixed radix: a character from the first
 * {@link #LAST} of the alphabet ends a number and holds a digit up to 63, one from the other
 * {@link #MORE} says more follow and holds a digit up to 25. Every character stands in a JSON
 * string as it is, and small numbers (the gaps between document numbers, a
 * position's zone and "more") take one character.
 *
 * <p>The alphabet is all of printable ASCII but the space, {@code "}, {@code \}, the backquote
 * (which would keep the client from being served compacted: {@code ScriptText}) and
 * {@link DenseList#MARK}. Since format 9: before, a character held five bits either way (numbers
 * below 32 in one character, below 1,024 in two); now numbers below 64 take one and below 1,664
 * two, and the shards of the benchmark's 10,000 sheets are 7.7 % smaller. The first 64 characters
 * are those of format 8, and a dense list uses only them.
 *
 * <pre>{@code
 * StringBuilder b = new StringBuilder();
 * Codec.append(b, 3);    // "3"
 * Codec.append(b, 70);   // "@2": 70 = 2·26 + 18 → ALPHABET[64 + 18] then ALPHABET[2]
 * }</pre>
 */
final class Codec {
  static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_" + "!#$%&'()*+,/:;<=>?@[]^{|}~";
  /** Characters that end a number: the first 64 of {@link #ALPHABET}. */
  static final int LAST = 64;
  /** Characters that say more follow: the rest of {@link #ALPHABET}. */
  static final int MORE = 26;
  private static final byte[] BYTES = ALPHABET.getBytes(StandardCharsets.US_ASCII);
  /** Each ASCII character's place in {@link #ALPHABET}, or -1. */
  private static final int[] DIGIT = new int[128];

  static {
    Arrays.fill(DIGIT, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      DIGIT[ALPHABET.charAt(i)] = i;
    }
  }

  private Codec() {}

  static void append(StringBuilder out, long value) {
    byte[] digits = new byte[LONGEST];
    int n = append(digits, 0, value);
    for (int i = 0; i < n; i++) {
      out.append((char) digits[i]);
    }
  }

  /** The most characters {@link #append} writes for one number: {@link Long#MAX_VALUE} takes 14. */
  static final int LONGEST = 14;

  /**
   * Writes {@code value} into {@code out} from {@code at}, as ASCII bytes, and returns where it
   * ends; {@code out} must have room for {@link #LONGEST} bytes.
   */
  static int append(byte[] out, int at, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int i = at;
    long v = value;
    while (v >= LAST) {
      out[i++] = BYTES[LAST + (int) (v % MORE)];
      v /= MORE;
    }
    out[i++] = BYTES[(int) v];
    return i;
  }

  /**
   * Values below this take at most eight characters, and {@link #packed} gives them as one number.
   */
  static final long PACKED_BELOW = LAST * pow(MORE, 7);

  private static long pow(long base, int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= base;
    }
    return p;
  }

  /**
   * The characters {@link #append} writes for a value below {@link #PACKED_BELOW}, as the bytes of
   * one number, the first character in the lowest byte: what is written for a value in one step,
   * where the bytes of an array would be written one at a time. No character is 0, so the highest
   * byte that is not says how many there are ({@link #packedLength}).
   */
  static long packed(long value) {
    if (value < 0 || value >= PACKED_BELOW) {
      throw new IllegalArgumentException("value " + value + " is not between 0 and " + PACKED_BELOW);
    }
    long out = 0;
    int shift = 0;
    long v = value;
    while (v >= LAST) {
      out |= (long) BYTES[LAST + (int) (v % MORE)] << shift;
      shift += 8;
      v /= MORE;
    }
    return out | (long) BYTES[(int) v] << shift;
  }

  /** How many characters a {@link #packed} value holds. */
  static int packedLength(long packed) {
    return (Long.SIZE + 7 - Long.numberOfLeadingZeros(packed)) / 8;
  }

  /** The place of an index character in {@link #ALPHABET}; a character not in it is refused. */
  static int digit(char c) {
    int d = c < DIGIT.length ? DIGIT[c] : -1;
    if (d < 0) {
      throw new IllegalArgumentException("not an index character: " + c);
    }
    return d;
  }

  /** The character at a place of {@link #ALPHABET}. */
  static char character(int digit) {
    return (char) BYTES[digit];
  }

  /** The number that starts at {@code pos} of {@code s}. */
  static long number(String s, int pos) {
    long value = 0;
    long unit = 1;
    for (int i = pos; ; i++) {
      int d = digit(s.charAt(i));
      if (d < LAST) {
        return value + d * unit;
      }
      value += (d - LAST) * unit;
      unit *= MORE;
    }
  }

  /** Where the number that starts at {@code pos} of {@code s} ends. */
  static int skip(String s, int pos) {
    int i = pos;
    while (digit(s.charAt(i)) >= LAST) {
      i++;
    }
    return i + 1;
  }

  /**
   * Each number of a string of them, in order, as the client decodes them: one pass, where
   * {@link #number} and {@link #skip} would read each number twice (the dense lists of a build
   * read every list this way).
   */
  static void forEach(String s, LongConsumer number) {
    long value = 0;
    long unit = 1;
    for (int i = 0; i < s.length(); i++) {
      int d = digit(s.charAt(i));
      if (d < LAST) {
        number.accept(value + d * unit);
        value = 0;
        unit = 1;
      } else {
        value += (d - LAST) * unit;
        unit *= MORE;
      }
    }
  }

  /** Decodes a whole string, as the client does; for tests. */
  static long[] decode(String s) {
    LongStream.Builder out = LongStream.builder();
    forEach(s, out::add);
    return out.build().toArray();
  }
}

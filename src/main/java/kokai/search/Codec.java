package kokai.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * Writes unsigned integers as text, five bits per character, low bits first; a character from the
 * upper half of the alphabet says more follow. Every character is safe in a JavaScript string
 * literal, and small numbers (the gaps between document numbers) take one character.
 *
 * <pre>{@code
 * StringBuilder b = new StringBuilder();
 * Codec.append(b, 3);    // "3"
 * Codec.append(b, 40);   // "e1": 40 = 8 + 1·32 → ALPHABET[32 + 8] then ALPHABET[1]
 * }</pre>
 */
final class Codec {
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
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

  /** The most characters {@link #append} writes for one number. */
  static final int LONGEST = 13;

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
    while (v >= 32) {
      out[i++] = BYTES[32 + (int) (v & 31)];
      v >>>= 5;
    }
    out[i++] = BYTES[(int) v];
    return i;
  }

  /** The place of an index character in {@link #ALPHABET}. */
  static int digit(char c) {
    return DIGIT[c];
  }

  /** The character at a place of {@link #ALPHABET}. */
  static char character(int digit) {
    return (char) BYTES[digit];
  }

  /** Each number of a string of them, in order, as the client decodes them. */
  static void forEach(String s, LongConsumer number) {
    long value = 0;
    int shift = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c < DIGIT.length ? DIGIT[c] : -1;
      if (d < 0) {
        throw new IllegalArgumentException("not an index character: " + c);
      }
      value |= (long) (d & 31) << shift;
      if (d >= 32) {
        shift += 5;
      } else {
        number.accept(value);
        value = 0;
        shift = 0;
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

package kokai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Character n-grams over normalised text, counted in UTF-16 units as JavaScript counts them. A gram
 * never contains a space or a field separator: query words contain neither, so such grams would
 * never be looked up.
 *
 * <pre>{@code
 * Grams.grams("情報政策", 2)        // [情報, 報政, 政策]
 * Grams.covering(5)                // [0, 2]: 情報政@0 and 政策課@2 spell 情報政策課
 * Grams.text(Grams.key("情報政策", 1, 2))   // 報政
 * }</pre>
 */
final class Grams {
  private Grams() {}

  static boolean indexable(char c) {
    return c != ' ' && c != SheetDocument.FIELD_SEPARATOR;
  }

  /** The grams of n characters in a text, in order, repeats kept; none spans a space or field. */
  static List<String> grams(String text, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + n <= text.length(); i++) {
      if (indexable(text, i, n)) {
        out.add(text.substring(i, i + n));
      }
    }
    return out;
  }

  static boolean indexable(String text, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if (!indexable(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Offsets of trigrams that together cover every character of a word of the given length (at
   * least 3): finding each at its offset from one start position proves the whole word is there.
   * Every third trigram and the last suffice, so a query downloads few position lists.
   */
  static List<Integer> covering(int length) {
    if (length < TRIGRAM) {
      throw new IllegalArgumentException("a word of " + length + " character(s) has no trigram");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + TRIGRAM <= length; i += TRIGRAM) {
      out.add(i);
    }
    if (out.get(out.size() - 1) != length - TRIGRAM) {
      out.add(length - TRIGRAM);
    }
    return out;
  }

  static final int TRIGRAM = 3;

  /**
   * A gram of one to three UTF-16 units as one number, so that indexing looks grams up without
   * making a string of each: the units, 16 bits each, below the length. Never 0.
   */
  static long key(String text, int from, int n) {
    long units = 0;
    for (int i = from; i < from + n; i++) {
      units = units << 16 | text.charAt(i);
    }
    return withLength(units, n);
  }

  /** The key of a gram whose units, 16 bits each, are {@code units}. */
  static long withLength(long units, int n) {
    return (long) n << 48 | units;
  }

  /** The gram a {@link #key} stands for. */
  static String text(long key) {
    int n = (int) (key >>> 48);
    char[] units = new char[n];
    for (int i = 0; i < n; i++) {
      units[i] = (char) (key >>> (16 * (n - 1 - i)));
    }
    return new String(units);
  }

  /** Whether {@code word} occurs in {@code text}, the definition the index must agree with. */
  static boolean contains(String text, String word) {
    return !word.isEmpty() && text.contains(word);
  }
}

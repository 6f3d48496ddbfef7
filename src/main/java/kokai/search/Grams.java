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

  /** Whether {@code word} occurs in {@code text}, the definition the index must agree with. */
  static boolean contains(String text, String word) {
    return !word.isEmpty() && text.contains(word);
  }
}

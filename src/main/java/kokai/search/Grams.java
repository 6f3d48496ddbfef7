package kokai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Character n-grams over normalised text, counted in UTF-16 units as JavaScript counts them. A gram
 * never contains a space or a field separator: query words contain neither, so such grams would
 * never be looked up.
 *
 * <pre>{@code
 * Grams.bigrams("情報政策")          // [情報, 報政, 政策]
 * Grams.covering(5)                // [0, 2, 3]: 情報@0, 政策@2, 策課@3 spell 情報政策課
 * }</pre>
 */
final class Grams {
  private Grams() {}

  static boolean indexable(char c) {
    return c != ' ' && c != SheetDocument.FIELD_SEPARATOR;
  }

  /** The bigrams of a word, in order, repeats kept. */
  static List<String> bigrams(String word) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < word.length(); i++) {
      if (indexable(word.charAt(i)) && indexable(word.charAt(i + 1))) {
        out.add(word.substring(i, i + 2));
      }
    }
    return out;
  }

  /**
   * Offsets of bigrams that together cover every character of a word of the given length (at
   * least 2): finding each at its offset from one start position proves the whole word is there.
   * Every second bigram and the last suffices, which halves what a query downloads.
   */
  static List<Integer> covering(int length) {
    if (length < 2) {
      throw new IllegalArgumentException("a word of " + length + " character(s) has no bigram");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + 2 <= length; i += 2) {
      out.add(i);
    }
    if (out.get(out.size() - 1) != length - 2) {
      out.add(length - 2);
    }
    return out;
  }

  /** Whether {@code word} occurs in {@code text}, the definition the index must agree with. */
  static boolean contains(String text, String word) {
    return !word.isEmpty() && text.contains(word);
  }
}

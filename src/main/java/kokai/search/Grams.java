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
 * Grams.covering(9)                // [0, 2]: 情報政策課長会@0 and 政策課長会議室@2 spell 情報政策課長会議室
 * Grams.text(Grams.key("情報政策", 1, 2))   // 報政
 * Grams.positional("情報政策課長会")   // "情報政策課長会 ", the key of its positions
 * }</pre>
 */
final class Grams {
  private Grams() {}

  /**
   * Grams of up to this many units have a document list: a word that short is its own gram, so
   * its list is the exact answer, in about one character per document, however common the word.
   * Six, not five, since the fifteenth landing: a word of six characters costs one character a
   * sheet instead of a position's three, and a longer one needs a key for every seven characters
   * instead of every six (at 10,000 sheets a 25-character phrase in 3,275 sheets: 98.0 KB instead
   * of 126.2), for about 1 s more of indexing and 14 % more index.
   */
  static final int LISTED = 6;

  /**
   * Grams one unit longer have their positions instead, under {@link #positional}: a longer word
   * is proved by such grams found at the right distances from one start.
   */
  static final int SPELLING = LISTED + 1;

  /** Grams of up to this many units have an exact {@link #key}; longer ones a {@link #hash}. */
  static final int PACKED = 4;

  /** No normalised text holds a U+0000 (a control, so a space), which keeps {@link #key}s apart. */
  static boolean indexable(char c) {
    return c != ' ' && c != SheetDocument.FIELD_SEPARATOR && c != 0;
  }

  /**
   * The key of a gram's positions: the gram and a space. No gram holds a space and filter keys
   * start with one, so it is neither.
   */
  static String positional(String gram) {
    return gram + ' ';
  }

  /** Whether a key of the index holds positions: see {@link #positional}. */
  static boolean isPositional(String key) {
    return key.length() > 1 && key.charAt(0) != ' ' && key.charAt(key.length() - 1) == ' ';
  }

  /** Whether a key of the index is a gram's document list (neither positions nor a filter value). */
  static boolean isListed(String key) {
    return key.charAt(0) != ' ' && key.charAt(key.length() - 1) != ' ';
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
   * Offsets of {@link #SPELLING} grams that together cover every character of a word longer than
   * {@link #LISTED}: finding each at its offset from one start position proves the whole word is
   * there. Grams that do not overlap and the last suffice, so a query downloads few position lists.
   */
  static List<Integer> covering(int length) {
    if (length <= LISTED) {
      throw new IllegalArgumentException("a word of " + length + " character(s) is its own gram");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + SPELLING <= length; i += SPELLING) {
      out.add(i);
    }
    if (out.get(out.size() - 1) != length - SPELLING) {
      out.add(length - SPELLING);
    }
    return out;
  }

  /**
   * A gram of one to four {@link #indexable} UTF-16 units as one number, so that indexing looks
   * grams up without making a string of each: the units, 16 bits each. No unit is 0, so the
   * number also says the gram's length, and it is never 0.
   */
  static long key(String text, int from, int n) {
    long units = 0;
    for (int i = from; i < from + n; i++) {
      units = units << 16 | text.charAt(i);
    }
    return units;
  }

  /**
   * A gram of more than {@link #PACKED} units as one number: its first units' {@link #key} with
   * the rest mixed in ({@link #mix}), then {@link #finish}ed. Two grams may share a hash, if
   * seldom; whoever keys by it compares the grams' text as well.
   */
  static long hash(String text, int from, int n) {
    return finish(state(text, from, n), n);
  }

  /** What {@link #hash} finishes: the first units' key with the following units mixed in. */
  static long state(String text, int from, int n) {
    long h = key(text, from, PACKED);
    for (int i = from + PACKED; i < from + n; i++) {
      h = mix(h, text.charAt(i));
    }
    return h;
  }

  /** The state of a gram one unit longer, so that indexing hashes each longer gram with one step. */
  static long mix(long state, char next) {
    return (state ^ next) * 0x9e3779b97f4a7c15L;
  }

  static long finish(long state, int n) {
    long h = state ^ state >>> 31;
    return h * 0xbf58476d1ce4e5b9L ^ n;
  }

  /** The gram a {@link #key} stands for. */
  static String text(long key) {
    int n = (64 - Long.numberOfLeadingZeros(key) + 15) / 16;
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

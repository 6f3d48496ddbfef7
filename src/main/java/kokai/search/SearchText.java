package kokai.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The one text normalisation that the index and the browser client share, so that what a reader
 * types and what a sheet says meet in the same form: NFKC (ＬＧＷＡＮ = LGWAN, ｶﾀｶﾅ = カタカナ),
 * lower case, dashes and wave dashes as {@code -} and {@code ~} ({@link #fold}), and every run of
 * white space or control characters as one space.
 *
 * <pre>{@code
 * SearchText.normalize(" ＬＧＷＡＮ　接続 ")   // "lgwan 接続"
 * SearchText.words("半導体　不足 半導体")       // [半導体, 不足]
 * }</pre>
 *
 * <p>{@code search.js} implements the same steps; both sides work on UTF-16 code units, so an
 * n-gram or a position means the same thing in Java and in JavaScript.
 */
public final class SearchText {
  /**
   * JavaScript's {@code \s} plus the C0 and C1 controls, spelled out so both sides agree:
   * {@code [\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]}.
   * Tested one character at a time rather than by a regular expression, which took a tenth of the
   * search stage.
   */
  static boolean isSpace(char c) {
    if (c < 0x1680) {
      return c <= 0x20 || (c >= 0x7f && c <= 0xa0);
    }
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
        || c == 0x205f || c == 0x3000 || c == 0xfeff;
  }

  private SearchText() {}

  /**
   * Whether a character is its own NFKC and display form, is no white space, and never joins a
   * character before it: ASCII letters, digits and signs, kana and the common kanji, most of a sheet.
   */
  static boolean isPlain(char c) {
    return (c > ' ' && c < 0x7f) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc)
        || (c >= 0x4e00 && c <= 0x9fff);
  }

  /** Whether a text's display form is not empty, most often known by its first characters. */
  static boolean hasDisplayText(String text) {
    if (text == null) {
      return false;
    }
    boolean other = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPlain(c)) {
        return true;
      }
      other |= !isSpace(c);
    }
    return other && !display(text).isEmpty();
  }

  /** NFKC, lower case, dashes folded, white space collapsed and trimmed: the form that is indexed and queried. */
  public static String normalize(String text) {
    return lower(display(text));
  }

  /**
   * NFKC with white space collapsed, not yet lower-cased: the form shipped for snippets. {@link #lower}
   * of it gives {@link #normalize} with every character at the same offset.
   */
  public static String display(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return collapseSpaces(nfkc).strip();
  }

  /** Every run of {@link #isSpace} characters as one space. */
  static String collapseSpaces(String s) {
    int i = 0;
    while (i < s.length() && !isSpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (isSpace(c)) {
        out.append(' ');
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Lower-cases as the whole text does (Σ at a word's end is ς, 𐐀 is 𐐨), but İ is i: its own
   * lower case is two units (i̇), and offsets never move; as i, izmir finds İZMİR, which keeping İ
   * did not. JavaScript does the same. Lowering one unit at a time, as before, left Σ always σ, so
   * that a word typed with ς found nothing, and letters outside the Basic Multilingual Plane not
   * lower-cased at all. Dashes and wave dashes are {@link #fold folded} here too, one unit for one.
   */
  static String lower(String s) {
    return folded(s.replace('\u0130', 'i').toLowerCase(Locale.ROOT));
  }

  /** The text with its dashes and wave dashes {@link #fold folded}: one unit for one, offsets kept. */
  private static String folded(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (fold(s.charAt(i)) != s.charAt(i)) {
        char[] units = s.toCharArray();
        for (; i < units.length; i++) {
          units[i] = fold(units[i]);
        }
        return new String(units);
      }
    }
    return s;
  }

  /**
   * The character a dash or a wave dash is searched as, any other as itself: the hyphens and dashes
   * U+2010–U+2015 and the minus sign U+2212 as {@code -}, the wave dash 〜 as {@code ~} (which NFKC
   * makes the full-width ～ already), so that 4月~6月 finds 4月〜6月 and A-1 finds Ａ‐１. The long
   * vowel mark ー is a letter of its word and stays. {@code search.js} folds the same ones in its
   * {@code lower}.
   */
  static char fold(char c) {
    if (c < '\u2010') {
      return c;
    }
    return c <= '\u2015' || c == '\u2212' ? '-' : c == '\u301c' ? '~' : c;
  }

  /** The distinct words of a query, in order: a sheet must contain every one of them. */
  public static List<String> words(String query) {
    String n = normalize(query);
    if (n.isEmpty()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(List.of(n.split(" "))));
  }
}

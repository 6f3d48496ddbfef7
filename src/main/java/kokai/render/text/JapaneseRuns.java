package kokai.render.text;

import java.util.function.Function;
import kokai.diag.Escaping;

/**
 * Text in which interface words and Japanese content are joined ("Indicator 1: 年間のネットワーク停止時間
 * (分以内)"), escaped for markup with each run of Japanese wrapped as the caller says: in HTML a
 * {@code <span lang="ja">}, in SVG a {@code <tspan lang="ja">}, so a screen reader switches voice and the
 * browser picks a Japanese font (WCAG 3.1.2).
 *
 * <pre>{@code
 * JapaneseRuns.markup("FY2022 Target: 280.0 件", run -> "<span lang=\"ja\">" + run + "</span>");
 * // FY2022 Target: 280.0 <span lang="ja">件</span>
 * }</pre>
 */
public final class JapaneseRuns {
  private JapaneseRuns() {}

  /** The first Japanese code point (U+2E80, where the CJK radicals begin): nothing below it is kanji, kana or their marks. */
  private static final int FIRST = 0x2E80;

  /**
   * The text escaped, each Japanese run (already escaped) passed through {@code wrap}. Figures
   * between Japanese characters belong to the run ("令和4年度", "第1.0版"), which a screen reader
   * then reads in one voice.
   */
  public static String markup(String text, Function<String, String> wrap) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean japanese = isJapanese(text.codePointAt(i));
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        if (isJapanese(cp) != japanese) {
          int end = japanese ? figuresEnd(text, i) : i;
          if (end == i || end == text.length() || !isJapanese(text.codePointAt(end))) {
            break;
          }
          i = end;
          continue;
        }
        i += Character.charCount(cp);
      }
      String run = Escaping.xml(text.substring(start, i));
      sb.append(japanese ? wrap.apply(run) : run);
    }
    return sb.toString();
  }

  /** Where the figures at {@code i} end (digits, with a point or comma between two of them); {@code i} when none start there. */
  private static int figuresEnd(String text, int i) {
    int j = i;
    while (j < text.length() && (Character.isDigit(text.charAt(j))
        || (j > i && (text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))))) {
      j++;
    }
    return j;
  }

  /**
   * Whether a text is written in Japanese rather than in a language of Latin letters: it has at
   * least one Japanese character for every four Latin letters (a Japanese page's links and
   * names in Latin letters leave it Japanese; an English page with a Japanese term is English).
   */
  public static boolean mostlyJapanese(String text) {
    long japanese = text.codePoints().filter(JapaneseRuns::isJapanese).count();
    long latin = text.codePoints().filter(cp -> cp < 0x250 && Character.isLetter(cp)).count();
    return japanese > 0 && japanese * 4 >= latin;
  }

  /** Whether the text holds at least one Japanese character ({@link #isJapanese}). */
  public static boolean hasJapanese(String text) {
    for (int i = 0; i < text.length(); i++) {
      // Below FIRST every character is not Japanese, surrogates (above it) included: only the rest
      // need the script's look-up, a binary search that English labels otherwise paid per letter.
      if (text.charAt(i) >= FIRST && isJapanese(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Kanji, kana and the marks written with them (、。「」（）々ー and full-width forms). */
  public static boolean isJapanese(int cp) {
    if (cp < FIRST) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x30FB || cp == 0x30FC;
  }
}

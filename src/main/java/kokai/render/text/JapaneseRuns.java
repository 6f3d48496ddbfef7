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

  /** The text escaped, each Japanese run (already escaped) passed through {@code wrap}. */
  public static String markup(String text, Function<String, String> wrap) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean japanese = isJapanese(text.codePointAt(i));
      while (i < text.length() && isJapanese(text.codePointAt(i)) == japanese) {
        i += Character.charCount(text.codePointAt(i));
      }
      String run = Escaping.xml(text.substring(start, i));
      sb.append(japanese ? wrap.apply(run) : run);
    }
    return sb.toString();
  }

  /** Kanji, kana and the marks written with them (、。「」（）々ー and full-width forms). */
  public static boolean isJapanese(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x30FB || cp == 0x30FC;
  }
}

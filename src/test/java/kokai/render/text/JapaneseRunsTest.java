package kokai.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseRunsTest {
  /** The definition isJapanese keeps, written out in full: a script's look-up for every code point. */
  private static boolean japaneseByScript(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x30FB || cp == 0x30FC;
  }

  @Test
  void everyCodePointIsJapaneseExactlyWhenItsScriptOrBlockSaysSo() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (JapaneseRuns.isJapanese(cp) != japaneseByScript(cp)) {
        assertThat(JapaneseRuns.isJapanese(cp)).as("U+%04X", cp).isEqualTo(japaneseByScript(cp));
      }
    }
  }

  @Test
  void aTextHasJapaneseWhenAnyOfItsCodePointsIsJapanese() {
    String[] texts = {"", "FY2022 Target: 280.0", "FY2022 Target: 280.0 件", "⺀ radical", "−1,500 (JPY thousand)",
        "𠮷野家", "a\uD842", "\uDFB7b", "ｱ", "\u3000", "Ｕ", "ŉ‰€™"};
    for (String t : texts) {
      assertThat(JapaneseRuns.hasJapanese(t)).as(t).isEqualTo(t.codePoints().anyMatch(JapaneseRunsTest::japaneseByScript));
    }
  }
}

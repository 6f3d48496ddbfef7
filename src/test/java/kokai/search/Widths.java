package kokai.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Writes a query the other ways a reader may type it, which NFKC must bring back to the same text. */
final class Widths {
  /** Each half-width katakana (and its sound marks) by the full-width character NFKC makes of it. */
  private static final Map<Character, Character> HALF_KATAKANA = new HashMap<>();

  static {
    for (char c = '\uff61'; c <= '\uff9f'; c++) {
      String full = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (full.length() == 1) {
        HALF_KATAKANA.put(full.charAt(0), c);
      }
    }
  }

  private Widths() {}

  /** ASCII letters, digits and signs in their full-width forms: LGWAN → ＬＧＷＡＮ. */
  static String fullWidthLatin(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append((char) (c > ' ' && c < 0x7f ? c + 0xfee0 : c)));
    return b.toString();
  }

  /** Katakana in half-width forms, a voiced one as its letter and sound mark: ガ → ｶﾞ. */
  static String halfWidthKatakana(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
      b.append(HALF_KATAKANA.getOrDefault(c, c));
    }
    // Characters with no half-width form go back to their composed form.
    return Normalizer.normalize(b, Normalizer.Form.NFC);
  }
}

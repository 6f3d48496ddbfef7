package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {
  /**
   * Width and case are folded, and a range written with a wave dash (〜), a full-width tilde (～)
   * or a tilde (~) is one text to the search, and so is a word joined by any dash or hyphen
   * (‐ ‑ ‒ – — ― −): a reader types what the keyboard gives. The long vowel mark ー is a letter of
   * its word, not a dash, and stays. The tests' truth folds the same.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "ＬＧＷＡＮ|lgwan",
      "ｶﾀｶﾅ|カタカナ",
      "ﾈｯﾄﾜｰｸ|ネットワーク",
      "ＡＢＣ１２３|abc123",
      "（千円）|(千円)",
      "㍻|平成",
      "Ｅメール|eメール",
      "4月〜6月|4月~6月",
      "4月～6月|4月~6月",
      "4月~6月|4月~6月",
      "Ａ‐１ A‑1 A‒1 A–1 A—1 A―1 A−1 A-1 Ａ－１|a-1 a-1 a-1 a-1 a-1 a-1 a-1 a-1 a-1",
      "データ ﾃﾞｰﾀ|データ データ",
      // İ is the one character whose lower case is longer (i̇, two units): i, so that offsets never move,
      // written alone or as I and a combining dot above, which NFKC makes İ.
      "İSTANBUL İzmir|istanbul izmir",
      "I\u0307STANBUL|istanbul",
      // Lowered as a whole text: Σ at a word's end is ς, and a letter outside the BMP keeps its two units.
      "ΟΔΟΣ ΣΟΦΙΑ|οδος σοφια",
      "\uD801\uDC00|\uD801\uDC28"})
  void foldsWidthCaseDashesAndTildesButNotTheLongVowelMark(String in, String out) {
    assertThat(SearchText.normalize(in)).isEqualTo(out).isEqualTo(SearchTruth.normalize(in));
  }

  @Test
  void collapsesEveryKindOfSpaceAndControlAndTrims() {
    assertThat(SearchText.normalize(" 市民\u3000\u3000サービス\t\n向上\u0007 ")).isEqualTo("市民 サービス 向上");
  }

  /** The set of space characters as {@code search.js} writes it, as a regular expression. */
  private static final Pattern JS_SPACE = Pattern.compile(
      "[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]");

  @Test
  void spacesAreTheCharactersOfTheClientsClass() {
    java.util.List<String> differ = new java.util.ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (SearchText.isSpace((char) c) != JS_SPACE.matcher(String.valueOf((char) c)).matches()) {
        differ.add(String.format("U+%04X", c));
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void collapsingSpacesAgreesWithTheRegularExpression() {
    java.util.Random random = new java.util.Random(3);
    String alphabet = " \t\n\u3000\u00a0\u0085\u2007\ufeff市民aB\ud842\udfb7";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(SearchText.collapseSpaces(text)).as(text).isEqualTo(Pattern.compile(JS_SPACE.pattern() + "+").matcher(text).replaceAll(" "));
    }
  }

  @Test
  void lowerCasingNeverMovesAnOffset() {
    String s = "İSTANBUL ΣΊΣΥΦΟΣ ﬃ ＤＸ推進";
    assertThat(SearchText.normalize(s)).hasSameSizeAs(SearchText.display(s));
    assertThat(SearchText.normalize("İ")).isEqualTo("i");
  }

  /**
   * Lower case as the whole text has it, so that the index agrees with the definition of a match:
   * Σ at the end of a word is ς, letters outside the Basic Multilingual Plane have cases too. Only
   * İ is i, whose lower case (i̇) is two units.
   */
  @Test
  void lowerCasesAsTheWholeTextDoes() {
    for (String s : List.of("ΟΔΟΣ ΟΔΟΣΑ σοφός ΣΟΦΟΣ", "ΣΑΣ.", "𐐀𐐨 𐓀 𞤀 ǅ ẞ Ⅻ", "ΟΔΟΣ\nΟΔΟΣ", "ΑΣ ΣΑ Σ")) {
      assertThat(SearchText.normalize(s)).as(s).isEqualTo(SearchTruth.normalize(s));
    }
  }

  /** The client folds the same characters as the index, each to the same one. */
  @Test
  void dashesAreFoldedAsTheClientFoldsThem() throws Exception {
    String js = java.nio.file.Files.readString(java.nio.file.Path.of("themes/default/assets/js/search.js"));
    js = js.substring(js.indexOf("function lower("), js.indexOf("\n}\n", js.indexOf("function lower(")));
    java.util.regex.Matcher fold = Pattern.compile("\\.replace\\(/(\\[[^/]*\\]|\\\\u[0-9a-f]{4})/g, '(.)'\\)").matcher(js);
    java.util.Map<Character, Character> client = new java.util.HashMap<>();
    while (fold.find()) {
      Pattern chars = Pattern.compile(fold.group(1));
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (chars.matcher(String.valueOf((char) c)).matches()) {
          client.put((char) c, fold.group(2).charAt(0));
        }
      }
    }
    assertThat(client).as("the client's folds").isNotEmpty();
    List<String> differ = new java.util.ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (SearchText.fold(ch) != client.getOrDefault(ch, ch)) {
        differ.add(String.format("U+%04X", c));
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void wordsAreDistinctAndSplitOnAnySpace() {
    assertThat(SearchText.words("半導体　不足 半導体\tＤＸ")).containsExactly("半導体", "不足", "dx");
    assertThat(SearchText.words(" \u3000 ")).isEmpty();
  }
}

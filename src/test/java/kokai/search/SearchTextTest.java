package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "ＬＧＷＡＮ|lgwan",
      "ｶﾀｶﾅ|カタカナ",
      "ﾈｯﾄﾜｰｸ|ネットワーク",
      "ＡＢＣ１２３|abc123",
      "（千円）|(千円)",
      "㍻|平成",
      "Ｅメール|eメール"})
  void foldsWidthAndCase(String in, String out) {
    assertThat(SearchText.normalize(in)).isEqualTo(out);
  }

  @Test
  void collapsesEveryKindOfSpaceAndControlAndTrims() {
    assertThat(SearchText.normalize(" 市民\u3000\u3000サービス\t\n向上\u0007 ")).isEqualTo("市民 サービス 向上");
  }

  @Test
  void lowerCasingNeverMovesAnOffset() {
    String s = "İSTANBUL ΣΊΣΥΦΟΣ ﬃ ＤＸ推進";
    assertThat(SearchText.normalize(s)).hasSameSizeAs(SearchText.display(s));
    assertThat(SearchText.normalize("İ")).isEqualTo("İ");
  }

  @Test
  void wordsAreDistinctAndSplitOnAnySpace() {
    assertThat(SearchText.words("半導体　不足 半導体\tＤＸ")).containsExactly("半導体", "不足", "dx");
    assertThat(SearchText.words(" \u3000 ")).isEmpty();
  }
}

package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void aListIsSplitAtTheJapaneseCommaAndLosesItsWrapSpaces() {
    assertThat(Texts.splitList("番号の 利用等に関する法律、官民データ活用推進基本法、デ ジタル・ガバメント実行計画など"))
        .containsExactly("番号の利用等に関する法律", "官民データ活用推進基本法", "デジタル・ガバメント実行計画など");
  }

  @Test
  void spacesBetweenLatinWordsStay() {
    assertThat(Texts.unwrap("Microsoft Office 365の 導入")).isEqualTo("Microsoft Office 365の導入");
    // A wrap beside a figure or a Latin word leaves no space either, as wrapped lines run on.
    assertThat(Texts.splitList("道路構造令（昭和45年政令第 320号）、地方自治法第234条の 3、つくば市SDGs 未来都市計画"))
        .containsExactly("道路構造令（昭和45年政令第320号）", "地方自治法第234条の3", "つくば市SDGs未来都市計画");
  }

  @Test
  void dashesAndEmptyCellsSayNothing() {
    assertThat(Texts.orNull("—")).isNull();
    assertThat(Texts.orNull(" - ")).isNull();
    assertThat(Texts.orNull("―")).isNull();
    assertThat(Texts.orNull("")).isNull();
    assertThat(Texts.orNull("特になし。")).isEqualTo("特になし。");
  }

  @Test
  void figuresOfEitherWidthWithCommasAndDecimals() {
    assertThat(Figures.parse("1,570.0")).isEqualTo(new BigDecimal("1570.0"));
    assertThat(Figures.parse("１．５０")).isEqualTo(new BigDecimal("1.50"));
    assertThat(Figures.parseWhole("３７，２９３")).isEqualTo(37293L);
    assertThat(Figures.parseWhole("△1,000")).isEqualTo(-1000L);
    assertThat(Figures.parse("—")).isNull();
    assertThat(Figures.isFigure("七千")).isFalse();
  }

  @Test
  void aParticleJoinsAWrappedNameButTheKanaThatEndANounDoNot() {
    assertThat(Texts.listRunsOn("つくば市子どもの", "貧困対策推進計画")).isTrue();
    assertThat(Texts.listRunsOn("つくば市総合計画", "に基づく実施計画")).isTrue();
    assertThat(Texts.listRunsOn("識別するため", "の番号の利用等に関する法律")).isTrue();
    // A noun ending in と or に, and a name that ended before a word of kana, are not cut there.
    assertThat(Texts.listRunsOn("つくばふるさと", "SDGs未来都市計画")).isFalse();
    assertThat(Texts.listRunsOn("食品衛生法", "と畜場法")).isFalse();
    assertThat(Texts.listRunsOn("つくば市", "のびのび子育てプラン")).isFalse();
  }
}

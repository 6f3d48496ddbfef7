package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MixedTextTest {
  @Test
  void underAnEnglishInterfaceEachJapaneseRunIsMarked() {
    assertThat(new MixedText("en").html("Indicator 1: 年間のネットワーク停止時間 (分以内)"))
        .isEqualTo("Indicator 1: <span lang=\"ja\">年間のネットワーク停止時間</span> (<span lang=\"ja\">分以内</span>)");
    assertThat(new MixedText("en").html("FY2022 Target: 280.0 件"))
        .isEqualTo("FY2022 Target: 280.0 <span lang=\"ja\">件</span>");
    assertThat(new MixedText("en").html("Budget (JPY thousand)")).isEqualTo("Budget (JPY thousand)");
    // Figures between Japanese characters are part of the run, read in one voice; others are not.
    assertThat(new MixedText("en").html("FY2022 (令和4年度)")).isEqualTo("FY2022 (<span lang=\"ja\">令和4年度</span>)");
    assertThat(new MixedText("en").html("公共データ利用規約 第1.0版 (PDL1.0)"))
        .isEqualTo("<span lang=\"ja\">公共データ利用規約</span> <span lang=\"ja\">第1.0版</span> (PDL1.0)");
    assertThat(new MixedText("en").html("指標1: 件数 12,000件")).isEqualTo("<span lang=\"ja\">指標</span>1: <span lang=\"ja\">件数</span> 12,000<span lang=\"ja\">件</span>");
  }

  @Test
  void underTheJapaneseInterfaceNothingIsMarkedAndEverythingIsEscaped() {
    assertThat(new MixedText("ja").html("指標1 <b>\"A&B\"</b>（件）")).isEqualTo("指標1 &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;（件）");
    assertThat(new MixedText("en").html("<script>行政</script>"))
        .isEqualTo("&lt;script&gt;<span lang=\"ja\">行政</span>&lt;/script&gt;");
  }
}

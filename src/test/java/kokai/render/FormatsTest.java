package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import kokai.model.Score;
import org.junit.jupiter.api.Test;

/** Every template helper with its examples and the output each must give, in both languages. */
class FormatsTest {
  private static final Messages JA = new Messages(Map.of("common.yes", "有", "common.no", "無", "sdg.9", "産業と技術革新の基盤をつくろう", "common.scoreSpoken", "{1}段階中{0}"));
  private static final Messages EN = new Messages(Map.of("common.yes", "Yes", "common.no", "No", "sdg.9", "Industry, innovation and infrastructure", "common.scoreSpoken", "{0} out of {1}"));

  record Example(String name, Function<Formats, String> call, String ja, String en) {}

  @Test
  void helpersGiveTheDocumentedOutput() {
    Example[] examples = {
      new Example("yen thousands", f -> f.yen(86185L), "86,185", "86,185"),
      new Example("yen millions", f -> f.yen(1234567L), "1,234,567", "1,234,567"),
      new Example("yen zero is a known zero", f -> f.yen(0L), "0", "0"),
      new Example("yen unknown", f -> f.yen(null), "—", "—"),
      new Example("num keeps decimals", f -> f.num(new BigDecimal("280.0")), "280.0", "280.0"),
      new Example("num groups", f -> f.num(new BigDecimal("12345.50")), "12,345.50", "12,345.50"),
      new Example("num negative", f -> f.num(new BigDecimal("-1500")), "\u22121,500", "\u22121,500"),
      new Example("yen negative", f -> f.yen(-4924L), "\u22124,924", "\u22124,924"),
      new Example("num unknown", f -> f.num(null), "—", "—"),
      new Example("year", f -> f.year(2022), "令和4年度 (2022)", "FY2022 (令和4年度)"),
      new Example("year first of era", f -> f.year(2019), "令和元年度 (2019)", "FY2019 (令和元年度)"),
      new Example("year Heisei", f -> f.year(2018), "平成30年度 (2018)", "FY2018 (平成30年度)"),
      new Example("yearShort", f -> f.yearShort(2023), "令和5年度", "FY2023"),
      new Example("score", f -> f.score(new Score(3, "comment")), "3 / 5", "3 / 5"),
      new Example("score unknown", f -> f.score(null), "—", "—"),
      new Example("score spoken", f -> f.scoreSpoken(new Score(3, "comment")), "5段階中3", "3 out of 5"),
      new Example("change up", f -> f.change(130114L, 123235L), "+6,879", "+6,879"),
      new Example("change down", f -> f.change(129129L, 130114L), "\u2212985", "\u2212985"),
      new Example("change none", f -> f.change(5L, 5L), "±0", "±0"),
      new Example("change unknown", f -> f.change(5L, null), "—", "—"),
      new Example("text", f -> f.text("市職員"), "市職員", "市職員"),
      new Example("text empty", f -> f.text(" "), "—", "—"),
      new Example("yesNo", f -> f.yesNo(false), "無", "No"),
      new Example("yesNo unknown", f -> f.yesNo(null), "—", "—"),
      new Example("date", f -> f.date(LocalDate.of(2023, 3, 31)), "2023年3月31日", "31 March 2023"),
      new Example("sdg", f -> f.sdg(9), "産業と技術革新の基盤をつくろう", "Industry, innovation and infrastructure"),
      new Example("count", f -> f.count(12345), "12,345", "12,345"),
    };
    Formats ja = new Formats("ja", JA);
    Formats en = new Formats("en", EN);
    for (Example e : examples) {
      assertThat(e.call.apply(ja)).as(e.name + " (ja)").isEqualTo(e.ja);
      assertThat(e.call.apply(en)).as(e.name + " (en)").isEqualTo(e.en);
    }
  }
}

package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "2022, 令和4年度, R4",
    "2019, 令和元年度, R1",
    "2020, 令和2年度, R2",
    "2018, 平成30年度, H30",
    "1989, 平成元年度, H1",
    "1988, 昭和63年度, S63",
    "1926, 昭和元年度, S1",
    "2117, 令和99年度, R99",
  })
  void writesJapanese(int year, String japanese, String shortForm) {
    FiscalYear fy = FiscalYear.of(year);
    assertThat(fy.japanese()).isEqualTo(japanese);
    assertThat(fy.shortJapanese()).isEqualTo(shortForm);
    assertThat(FiscalYear.parse(japanese)).contains(fy);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "R01年度, 2019",
    "R04年度, 2022",
    "r4, 2022",
    "令和 4年度, 2022",
    "令和４年度, 2022",
    "令和元年度, 2019",
    "令和1年度, 2019",
    "平成31年度, 2019",
    "H30, 2018",
    "2022年度, 2022",
    "２０２２, 2022",
    "平成31年度/令和元年度, 2019",
    "平成31年度（令和元年度）, 2019",
    "H31/R1年度, 2019",
    "平成31(令和元)年度, 2019",
  })
  void readsEveryWrittenForm(String text, int year) {
    assertThat(FiscalYear.parse(text)).contains(FiscalYear.of(year));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "令和", "R0", "平成32年度", "昭和65年度", "大正3年度", "1800", "3000年度", "令和100年度", "4年度",
      "平成30年度/令和元年度", "令和2年度/令和3年度", "/令和元年度", "令和元年度（注）"})
  void refusesWhatIsNotAFiscalYear(String text) {
    assertThat(FiscalYear.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1925, 2118, 0, -1})
  void refusesYearsOutsideTheEraTable(int year) {
    assertThatThrownBy(() -> FiscalYear.of(year)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("era table");
  }

  @ParameterizedTest
  @CsvSource({"2019, REIWA", "2018, HEISEI", "1989, HEISEI", "1988, SHOWA"})
  void findsTheEra(int year, Era era) {
    assertThat(Era.of(year)).contains(era);
  }
}

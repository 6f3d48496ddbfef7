package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationSplitterTest {
  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
      "政策イノベーション部情報政策課, 政策イノベーション部, 情報政策課",
      "政策イノベーション部 情報政策課, 政策イノベーション部, 情報政策課",
      "保健部健康増進室, 保健部, 健康増進室",
      "市長公室秘書課, 市長公室, 秘書課",
      "水道局総務課, 水道局, 総務課",
      "消防本部警防課, 消防本部, 警防課",
      "議会事務局議事課, 議会事務局, 議事課",
      "教育委員会事務局学務課, 教育委員会事務局, 学務課",
      "教育委員会学務課, 教育委員会, 学務課",
      "選挙管理委員会事務局選挙課, 選挙管理委員会事務局, 選挙課",
      "都市計画部学園・研究機関連携課, 都市計画部, 学園・研究機関連携課",
      "保健福祉部社会福祉課（福祉総合相談室）, 保健福祉部, 社会福祉課（福祉総合相談室）",
      "スポーツ・文化部文化芸術課, スポーツ・文化部, 文化芸術課",
      "監査委員事務局監査課, 監査委員事務局, 監査課",
  })
  void splitsAfterTheDepartmentSuffix(String printed, String department, String division) {
    assertThat(OrganizationSplitter.split(printed)).containsExactly(department, division);
  }

  /**
   * A department that ends in none of the suffixes is told from its division by the space the sheet
   * prints between them; it was read as one name, set as both department and division.
   */
  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
      "危機管理監 危機管理課, 危機管理監, 危機管理課",
      "危機管理監\u3000危機管理室, 危機管理監, 危機管理室",
      "会計管理者 会計 課, 会計管理者, 会計課",
  })
  void aDepartmentWithoutASuffixEndsAtTheSpaceAfterIt(String printed, String department, String division) {
    assertThat(OrganizationSplitter.split(printed)).containsExactly(department, division);
  }

  @ParameterizedTest
  @CsvSource({"農業委員会事務局", "会計課", "部"})
  void withoutADivisionAfterADepartmentTheDivisionIsNull(String printed) {
    assertThat(OrganizationSplitter.split(printed)[1]).isNull();
  }
}

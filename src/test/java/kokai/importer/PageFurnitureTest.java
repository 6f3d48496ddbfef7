package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What PDF-to-text output adds around the sheets: page numbers, a heading repeated on a sheet's second
 * page, form feeds, trailing spaces, CRLF, no final newline. None of it changes the sheets read.
 */
class PageFurnitureTest {
  private static final String S087 = Seed.sheet("087");
  private static final String S088 = Seed.sheet("088");

  @Test
  void pageNumbersAndFormFeedsBetweenAndInsideSheetsAreSkipped() {
    String paged = S088
        .replace("\n市民参加の取組状況\n", "\n- 1 -\n\f市民参加の取組状況\n")
        .replace("\n→→".replace("→", "\t") + "正職員時間外勤務", "\n2 / 3\n\t\t正職員時間外勤務")
        .replace("\n3\t指標名\t()", "\n－ 2 －\n3\t指標名\t()")
        .replace("\n方向性\n", "\nP.3\n\f\n方向性\n")
        .replace("\n指標の推移\n", "\n1 / 2 ページ\n指標の推移\n")
        .replace("\n評価\n", "\n(2/3)\n評価\n")
        .replace("\n事業の概要\n", "\n1ページ/3ページ\n事業の概要\n");
    assertThat(paged).contains("1 / 2 ページ", "(2/3)", "1ページ/3ページ");

    assertThat(Fixtures.parseOne(paged).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(paged)).isEqualTo(Fixtures.sheet(S088));
  }

  /** A page's print footer: the date it was printed, alone or after the city's name. */
  @Test
  void printFootersAreSkipped() {
    String footed = S088
        .replace("\n市民参加の取組状況\n", "\nつくば市\t\t\t\t\t2023/08/31\n市民参加の取組状況\n")
        .replace("\n指標の推移\n", "\n印刷日：2023年8月31日 10:15\n指標の推移\n")
        .replace("\n評価\n", "\n令和5年8月31日\n評価\n");

    assertThat(Fixtures.parseOne(footed).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(footed)).isEqualTo(Fixtures.sheet(S088));
    // A date under a label, or a name beside other text, is the sheet's.
    assertThat(Fixtures.parseOne(S088.replace("\n市民参加の取組状況\n", "\nつくば市\t情報政策課\t2023/08/31\n市民参加の取組状況\n"))
        .problems().all()).isNotEmpty();
  }

  @Test
  void aHeadingRepeatedAtTheTopOfASheetsSecondPageDoesNotStartASheet(@TempDir Path dir) {
    String twoPages = S088.replace("\n指標の推移\n", "\n\f" + Seed.HEADING + "\n\n指標の推移\n");
    Path f = Fixtures.write(dir, "in.txt", (twoPages + S087).getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, f);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.written()).hasSize(2);
    assertThat(Fixtures.parseOne(twoPages).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(twoPages)).isEqualTo(Fixtures.sheet(S088));
  }

  /** Some forms print the sheet's number and name under the heading on every page. */
  @Test
  void theSheetsNameRepeatedUnderTheHeadingOfItsNextPageIsNoLineOfIt() {
    String name = S088.lines().filter(l -> l.startsWith("事務事業名")).findFirst().orElseThrow();
    String twoPages = S088.replace("\n指標の推移\n", "\n\f" + Seed.HEADING + "\n\n" + name + "\n\n指標の推移\n")
        .replace("\n事業の成果と課題\n", "\n" + Seed.HEADING + "\n" + name.strip() + "\n事業の成果と課題\n");
    assertThat(twoPages.split(name.strip(), -1)).hasSize(4);

    assertThat(Fixtures.parseOne(twoPages).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(twoPages)).isEqualTo(Fixtures.sheet(S088));
    // With the division printed beside it on that page, it is the same line.
    String beside = S088.replace("\n指標の推移\n", "\n\f" + Seed.HEADING + "\n\n" + name.strip()
        + "\t\t\t担当部課\t政策イノベーション部情報政策課\t\n\n指標の推移\n");
    assertThat(Fixtures.parseOne(beside).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(beside)).isEqualTo(Fixtures.sheet(S088));
  }

  /** A page break inside a part: the page's number, the sheet's heading and the part's heading again. */
  @Test
  void aPartsHeadingRepeatedAtTheTopOfItsNextPageIsNoLineOfIt() {
    String paged = S088
        .replace("\n3\t指標名\t()", "\n2 / 3\n" + Seed.HEADING + "\n指標の推移\n3\t指標名\t()")
        .replace("\n\t\t正職員時間外勤務", "\n" + Seed.HEADING + "\nコストの推移\n\t\t正職員時間外勤務")
        .replace("\n課題\t業務", "\n事業の成果と課題\n課題\t業務");
    assertThat(paged).contains("\n指標の推移\n3\t指標名", "\nコストの推移\n\t\t正職員", "\n事業の成果と課題\n課題\t業務");

    assertThat(Fixtures.parseOne(paged).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(paged)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void aRepeatedColumnHeadingIsOneHeading() {
    String heading = "項目\t\t\t令和 2年度\t令和 3年度\t令和 4年度\t令和 5年度\t令和 6年度\t\n";
    String years = "\t\tR01年度\tR02年度\tR03年度\tR04年度\tR05年度\tR06年度\n";
    String text = S087.replace("人件費\t人件費計", heading + "人件費\t人件費計")
        .replace(years + "\t目標値\t5,500.0", years + years + "\t目標値\t5,500.0");

    assertThat(Fixtures.sheet(text)).isEqualTo(Fixtures.sheet(S087));
  }

  @Test
  void crlfTrailingSpacesAByteOrderMarkMidFileAndNoFinalNewline(@TempDir Path dir) {
    String windows = (S088.replace("\n", "  \u3000\r\n") + "\uFEFF" + S087.stripTrailing()).replace("\t", " \t");
    Path f = Fixtures.write(dir, "in.txt", windows.getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, f);
    // Nothing but what the sheets themselves hold (087's indicator moved away, its 0 for 令和4年度).
    assertThat(r.diagnostics()).extracting(kokai.diag.Diagnostic::field).containsOnly("indicators.values");
    Path plain = Fixtures.write(dir, "plain.txt", (S088 + S087).getBytes(StandardCharsets.UTF_8));
    ImportReport same = Fixtures.run(dir.resolve("out"), false, plain);
    assertThat(same.unchanged()).hasSize(2);
    assertThat(same.written()).isEmpty();
  }

  @Test
  void aLoneNumberInsideAPartThatCouldBeDataIsStillAnError() {
    // Only lines that hold nothing but a page mark are skipped; a figure under a label is not one.
    String text = S088.replace("\n市民ニーズ\t3\t", "\n市民ニーズ\n3\t");
    SheetParser.Parsed p = Fixtures.parseOne(text);

    assertThat(p.sheet()).isEmpty();
    List<String> messages = p.problems().all().stream().map(d -> d.message()).toList();
    assertThat(messages).anyMatch(m -> m.contains("3"));
  }

  @Test
  void aPageCounterBesideTheHeading() {
    String counted = S088.replace(Seed.HEADING + "\n", Seed.HEADING + "\t(1/2)\n")
        .replace("\n指標の推移\n", "\n" + Seed.HEADING + "  2 / 2\n指標の推移\n");

    assertThat(Fixtures.parseOne(counted).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(counted)).isEqualTo(Fixtures.sheet(S088));
  }

  @Test
  void partHeadingsWithMarksOrNumbers() {
    String marked = S088.replace("\n事業の基本情報\n", "\n■事業の基本情報\n").replace("\n事業の概要\n", "\n【事業の概要】\n")
        .replace("\nコストの推移\n", "\n３．コストの推移\n").replace("\n評価\n", "\n(7) 評価\n");

    assertThat(Fixtures.parseOne(marked).problems().all()).isEmpty();
    assertThat(Fixtures.sheet(marked)).isEqualTo(Fixtures.sheet(S088));
  }
}

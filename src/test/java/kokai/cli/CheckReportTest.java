package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.testutil.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportTest {
  @TempDir Path dir;

  @Test
  void reportListsEveryWarningUnderItsSheet() throws IOException {
    Path content = SampleContent.write(dir.resolve("content"));
    // a funding breakdown that does not add up and a past target without its actual
    SampleContent.file(content, "sheets/2022/300.yaml", """
        fiscalYear: 2022
        id: "300"
        title: 'ずれた <b>内訳</b> & 欠けた実績'
        organization: {department: 政策部, division: 企画課}
        costs:
          - {fiscalYear: 2021, budget: 100, settlement: 90, funding: {general: 50, grantsAndBonds: 10, other: 0}}
        indicators:
          - name: 参加者数
            values:
              - {fiscalYear: 2021, target: 10, actual: null}
        """);
    Path out = dir.resolve("reports/quality.html");
    CliTest.Run r = CliTest.run("check", "--content", content.toString(), "--report", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("quality.html");

    LoadResult loaded = new ContentLoader().load(content);
    List<Diagnostic> warnings = loaded.diagnostics();
    assertThat(warnings).isNotEmpty();
    Document html = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    for (Diagnostic d : warnings) {
      String file = d.location().file().toString().replace('\\', '/');
      Element heading = html.select("h2").stream().filter(h -> h.text().startsWith(file)).findFirst().orElseThrow();
      Element table = heading.nextElementSibling();
      assertThat(table.select(".message").eachText()).as(d.oneLine()).contains(d.message());
    }
    long shown = html.select("h2 + table tbody tr").size();
    assertThat(shown).isEqualTo(warnings.size());
    // the title is quoted as text, never as markup
    assertThat(html.select("h2 b")).isEmpty();
    assertThat(html.select("h2").text()).contains("ずれた <b>内訳</b> & 欠けた実績");
    assertThat(html.select("script, link, img")).isEmpty();
  }

  /** With errors in some sheets, the report still counts and lists every sheet, the good ones by their titles. */
  /** The report never replaces a sheet, nor lands where the next check would read it as content, nor over a file of another kind. */
  @Test
  void theReportIsNotWrittenIntoTheContentNorOverAnotherKindOfFile() throws IOException {
    Path content = SampleContent.write(dir.resolve("content"));
    Path sheet = content.resolve("sheets/2022/088.yaml");
    String before = Files.readString(sheet);
    CliTest.Run over = CliTest.run("check", "--content", content.toString(), "--report", sheet.toString());
    assertThat(over.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(over.err()).contains("lies inside " + content.resolve("sheets"));
    assertThat(Files.readString(sheet)).isEqualTo(before);
    assertThat(CliTest.run("check", "--content", content.toString(), "--report", content.resolve("static/report.html").toString()).code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(content.resolve("static/report.html")).doesNotExist();
    Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
    CliTest.Run other = CliTest.run("check", "--content", content.toString(), "--report", notes.toString());
    assertThat(other.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(other.err()).contains("is a file that is no HTML page");
    assertThat(Files.readString(notes)).isEqualTo("mine");
    assertThat(CliTest.run("check", "--content", content.toString(), "--report", dir.resolve("report.html").toString()).code()).isZero();
  }

  /**
   * The report marks the character a message points at in its line: the terminal's caret on the
   * line below stood two columns to the right for each Japanese character before it in a browser.
   */
  @Test
  void theReportMarksTheCharacterTheMessagePointsAt() throws IOException {
    SampleContent.file(dir, "site.yaml", "title: テスト事務事業評価\ncity: テスト市\n");
    SampleContent.file(dir, "sheets/2022/001.yaml", "fiscalYear: 2022\nid: \"001\"\ntitle: 事業\n"
        + "organization: {department: 総務部, division: 総務課}\nstatus: 継続\nsdgs: [3, 十八]\n");
    Path out = dir.resolve("q.html");
    CliTest.run("check", "--content", dir.toString(), "--report", out.toString());

    Element pre = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).select("pre").stream()
        .filter(p -> p.text().contains("sdgs")).findFirst().orElseThrow();
    assertThat(pre.text()).isEqualTo("6 | sdgs: [3, 十八]");
    assertThat(pre.select("mark").text()).isEqualTo("十");
    assertThat(pre.text()).doesNotContain("^");
  }

  @Test
  void reportIsWrittenEvenWhenTheContentHasErrors() throws IOException {
    SampleContent.file(dir, "site.yaml", "title: テスト事務事業評価\ncity: テスト市\n");
    SampleContent.file(dir, "sheets/2022/001.yaml", "fiscalYear: 2022\nid: \"001\"\ntitel: 事業\n");
    SampleContent.file(dir, "sheets/2022/002.yaml", "fiscalYear: 2022\nid: \"002\"\ntitle: 良い事業\n"
        + "organization: {department: 総務部, division: 総務課}\n");
    Path out = dir.resolve("q.html");
    CliTest.Run r = CliTest.run("check", "--content", dir.toString(), "--report", out.toString());
    assertThat(r.code()).isEqualTo(1);
    Document html = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(html.select("td.error")).isNotEmpty();
    // The two sheets, and site.yaml with the warnings that a check of the mended content gives too (no baseUrl).
    assertThat(html.text()).contains("unknown field 'titel'", "3 ファイルを確認しました", "2022/002 良い事業");
    assertThat(html.select("h1").text()).contains("テスト事務事業評価");
    // The files with errors first, then those with warnings only; the English words marked so.
    assertThat(html.select("#summary tbody tr td:first-child").eachText()).first().isEqualTo(dir.resolve("sheets/2022/001.yaml").toString());
    assertThat(html.select("#summary tbody tr td:nth-child(3)").eachText()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(html.select(".message")).allSatisfy(m -> assertThat(m.attr("lang")).isEqualTo("en"));

    // A site.yaml that cannot be read names no site: no "— —" in the heading.
    SampleContent.file(dir, "site.yaml", "title: [テスト\ncity: テスト市\n");
    CliTest.run("check", "--content", dir.toString(), "--report", out.toString());
    assertThat(Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).select("h1").text()).isEqualTo("データ品質レポート");
  }
  /**
   * A sheet with errors is named in the report by the fiscal year, id and title it writes, as the
   * good ones are: the staff who mend it look for the project, and only its file was shown.
   */
  @Test
  void aSheetWithErrorsIsNamedByTheYearIdAndTitleItWrites() throws IOException {
    SampleContent.file(dir, "site.yaml", "title: テスト事務事業評価\ncity: テスト市\n");
    SampleContent.file(dir, "sheets/2022/003.yaml", "fiscalYear: 2022\nid: \"003\"\ntitle: 壊れた事業\n"
        + "organization: {department: 総務部, division: 総務課}\nsdgs: [18]\n");
    SampleContent.file(dir, "sheets/2022/004.yaml", "fiscalYear: 2O22\nid: \"004\"\ntitle: [年度の誤り\n");
    Path out = dir.resolve("q.html");
    CliTest.Run r = CliTest.run("check", "--content", dir.toString(), "--report", out.toString());
    assertThat(r.code()).isEqualTo(1);
    Document html = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(html.select("#summary tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("003.yaml 2022/003 壊れた事業 1"));
    assertThat(html.select("h2").eachText()).contains(dir.resolve("sheets/2022/003.yaml") + " 2022/003 壊れた事業");
    // A file that is not even read as YAML is named by its file only.
    assertThat(html.select("#summary tbody tr").eachText()).anySatisfy(row -> assertThat(row).endsWith("004.yaml 1 0"));
  }
}

package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure below zero (general funds when the fees pay for more than the settlement, a fall in
 * population as an indicator, staff written below nothing) reads "minus" to a screen reader and
 * to a foreign reader: the pages print it with the minus sign U+2212, in both languages, in the
 * tables and the charts alike; the data downloads keep the plain '-' that a spreadsheet reads.
 */
class NegativeFiguresTest {
  private static final String SHEET = """
      fiscalYear: 2022
      id: "001"
      title: 使用料で賄う事業
      organization: {department: 総務部, division: 総務課}
      costs:
        - {fiscalYear: 2021, budget: 2600, settlement: 2500, funding: {general: -1500, grantsAndBonds: 0, other: 4000}, personnel: {total: 100, regularStaff: -0.5, overtimeHours: -12.50}}
        - {fiscalYear: 2022, budget: 3000, settlement: 3000, funding: {general: 1000, grantsAndBonds: null, other: 2000}}
      indicators:
        - name: 人口の増減
          unit: 人
          kind: 成果指標
          values:
            - {fiscalYear: 2021, target: -1200, actual: -1350.5}
            - {fiscalYear: 2022, target: 0, actual: 35}
      """;
  /** A hyphen-minus standing as a sign: before a digit and after no letter or digit (not 2022-06-01). */
  private static final Pattern HYPHEN_SIGN = Pattern.compile("(?<![\\p{L}\\p{N}])-\\d");

  @TempDir Path dir;

  @Test
  void figuresBelowZeroArePrintedWithTheMinusSignInBothLanguagesAndDownloadedWithAHyphen() {
    MiniSite site = MiniSite.in(dir).file("content/site.yaml", MiniSite.SITE_YAML + "translations:\n  - language: en\n")
        .sheet(2022, "001", SHEET);
    site.buildOk();

    for (String url : new String[] {"2022/001/", "en/2022/001/"}) {
      Document page = site.page(url);
      String shown = page.body().text();
      assertThat(shown).as(url).contains("\u22121,500", "\u22121,350.5", "\u22121,200", "\u22120.5", "\u221212.50");
      assertThat(HYPHEN_SIGN.matcher(shown).results().map(m -> m.group())).as(url).isEmpty();
      assertThat(page.select("svg text").eachText()).as(url + " chart labels").anyMatch(t -> t.startsWith("\u2212"))
          .noneMatch(t -> HYPHEN_SIGN.matcher(t).find());
    }

    Map<String, byte[]> files = site.files();
    for (String data : new String[] {"2022/001/sheet.csv", "2022/001/sheet.json", "en/2022/001/sheet.csv"}) {
      assertThat(files).as(data).containsKey(data);
    }
    String sheetJson = new String(files.get("2022/001/sheet.json"), StandardCharsets.UTF_8);
    assertThat(sheetJson).contains("-1500", "-1350.5", "-0.5", "-12.50");
    String sheetCsv = new String(files.get("2022/001/sheet.csv"), StandardCharsets.UTF_8);
    assertThat(sheetCsv).contains("-1500", "-1350.5", "-0.5", "-12.50");
    files.forEach((name, bytes) -> {
      if (name.endsWith(".csv") || name.endsWith(".json")) {
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotContain("\u2212");
      }
    });

    site.buildOk();
    assertThat(site.files()).as("a second build").containsExactlyEntriesOf(files);
  }
}

package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.testing.Chromium;
import kokai.testutil.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page of the real sheets' site, in Japanese and in English, and of a generated city of three
 * fiscal years in English (its comparison pages too), opened from disk in Debian's headless chromium
 * on a 320 px phone: the browser reports no error (a script that fails, a file that is missing, a
 * refused resource), no page is wider than the screen (a wide table in a Markdown page included), a
 * table scrolled sideways keeps its row headings in view, and a link in a table that the keyboard
 * reaches is not under them.
 */
class EveryPageInABrowserTest {
  /**
   * Scrolls each table wider than the screen to its right end and returns the caption of the first
   * one whose first row heading is then out of view, or null: a reader must see which row a figure
   * is in.
   */
  private static final String ROW_HEADINGS_OUT_OF_VIEW = """
      for (const box of document.querySelectorAll('.table-scroll')) {
        const heading = box.querySelector('tbody th[scope="row"]');
        if (!heading || box.scrollWidth <= box.clientWidth) continue;
        box.scrollLeft = box.scrollWidth;
        const shown = box.getBoundingClientRect(), cell = heading.getBoundingClientRect();
        const inView = cell.left >= shown.left - 1 && cell.left < shown.right - cell.width / 2;
        box.scrollLeft = 0;
        if (!inView) return box.querySelector('caption')?.textContent.trim() || box.id;
      }
      return null;
      """;

  /**
   * Focuses each link and button of each table wider than the screen; returns the texts of those
   * whose first line, where the table shows it, is then out of view or under something else.
   */
  private static final String FOCUS_HIDDEN = """
      const hidden = [];
      for (const box of document.querySelectorAll('.table-scroll')) {
        if (box.scrollWidth <= box.clientWidth) continue;
        for (const e of box.querySelectorAll('a[href], button')) {
          e.focus();
          const r = e.getClientRects()[0], shown = box.getBoundingClientRect();
          const left = Math.max(r.left, shown.left), right = Math.min(r.right, shown.right, innerWidth);
          const top = right > left ? document.elementFromPoint((left + right) / 2, r.top + r.height / 2) : null;
          if (!top || !(top === e || e.contains(top))) hidden.push(e.textContent.trim());
        }
        box.scrollLeft = 0;
      }
      return hidden.join(', ');
      """;

  /** A table of five wide columns, as a city writes one into a page. */
  private static final String WIDE_TABLE = "# 一覧\n\n| 年度 | 事業名 | 担当課 | 決算額（千円） | 備考 |\n| --- | --- | --- | ---: | --- |\n"
      + "| 令和4年度 | 情報化推進事業 | 政策イノベーション部情報政策課 | 7,638 | 電子申請サービスの利用拡大 |\n";

  @TempDir Path dir;

  @Test
  void everyPageLoadsWithoutAnErrorAndFitsAPhone() throws IOException {
    List<String> found = new ArrayList<>();
    try (Chromium chromium = Chromium.start()) {
      ChromeDriver driver = chromium.driver();
      driver.manage().window().setSize(new Dimension(320, 900));
      Path real = dir.resolve("real");
      Trees.copy(Path.of("content"), real, f -> true);
      Files.writeString(real.resolve("pages/wide-table.md"), WIDE_TABLE);
      Path generated = dir.resolve("generated");
      new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(3, 40, 2021, 2023)), generated);
      for (Path site : List.of(LanguageSites.build(real, "ja", dir), LanguageSites.build(real, "en", dir),
          LanguageSites.build(generated, "en", dir))) {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
          // 404.html names its files from the base URL's path, for the server that shows it at any address.
          pages = files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().equals("404.html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
          String where = site.getFileName() + " " + site.relativize(page).toString().replace(File.separatorChar, '/');
          driver.get(page.toUri().toString());
          Number wide = (Number) ((JavascriptExecutor) driver).executeScript(
              "return document.documentElement.scrollWidth - window.innerWidth;");
          if (wide.intValue() > 0) {
            found.add(where + ": " + wide + " px wider than the screen");
          }
          Object lost = ((JavascriptExecutor) driver).executeScript(ROW_HEADINGS_OUT_OF_VIEW);
          if (lost != null) {
            found.add(where + ": scrolled to its end, a table hides its row headings (" + lost + ")");
          }
          Object covered = ((JavascriptExecutor) driver).executeScript(FOCUS_HIDDEN);
          if (!"".equals(covered)) {
            found.add(where + ": a focused link in a table is under its row headings (" + covered + ")");
          }
          for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            found.add(where + ": " + e.getLevel() + " " + e.getMessage());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}

package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a screen reader's lists of links, headings and landmarks, and its table navigation, make of
 * the listings and comparison pages, read from the built HTML: a name (the text less what is
 * aria-hidden, with what is only visually hidden) that stands for one place, one heading or one
 * region, and a group heading of a table that heads its own rows only.
 */
class ScreenReaderNamesTest {
  @TempDir Path dir;

  /**
   * One department of four divisions: two with a 庶務係 each, two whose sheets name no section, one
   * project over two fiscal years (a direction's and a goal's year pages then link to the other
   * year, and the project has a comparison page).
   */
  private MiniSite site(String language) {
    return MiniSite.in(dir.resolve(language))
        .file("content/site.yaml", MiniSite.SITE_YAML.replace("language: ja", "language: " + language))
        .sheet(2022, "010", MiniSite.sheet(2022, "010", "広報事業", "総務部", "広報課", "庶務係", 1000, 900L, 500))
        .sheet(2023, "010", MiniSite.sheet(2023, "010", "広報事業", "総務部", "広報課", "庶務係", 1100, null, 600))
        .sheet(2022, "011", MiniSite.sheet(2022, "011", "庁舎管理", "総務部", "管財課", "庶務係", 2000, null, 700))
        .sheet(2022, "012", MiniSite.sheet(2022, "012", "職員研修", "総務部", "人事課", null, 300, 280L, 100))
        .sheet(2022, "013", MiniSite.sheet(2022, "013", "入札事務", "総務部", "契約課", null, 400, 390L, 100));
  }

  /**
   * A link's name leads to one place on a page: the menu's 令和5年度 (the year's listing) and a
   * direction's or goal's own 令和5年度, or the comparison's column of that year (the year's sheet),
   * and the department's sections of one name, were said alike and led apart.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void linksOfOneNameLeadToOnePlace(String language) {
    MiniSite s = site(language);
    s.buildOk();
    List<String> found = new ArrayList<>();
    for (String url : pages(s)) {
      Document page = s.page(url);
      Map<String, Set<String>> targets = new TreeMap<>();
      for (Element a : page.select("a[href]")) {
        targets.computeIfAbsent(heard(a), k -> new TreeSet<>()).add(a.attr("href"));
      }
      targets.forEach((name, hrefs) -> {
        if (hrefs.size() > 1) {
          found.add(url + ": \"" + name + "\" leads to " + hrefs);
        }
      });
    }
    assertThat(found).isEmpty();
  }

  /**
   * Two divisions' sections of one name (庶務係, or none given) are told apart by their division in
   * the list of headings, of landmarks (a section is named by its heading, a table's frame by its
   * caption) and of links (the § beside each heading).
   */
  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void aDepartmentsSectionsOfOneNameDiffer(String language) {
    MiniSite s = site(language);
    s.buildOk();
    Document d = s.page("departments/general/");
    List<String> headings = d.select("section.division h3").stream().map(ScreenReaderNamesTest::heard).toList();
    assertThat(headings).hasSize(4).doesNotHaveDuplicates();
    assertThat(headings).anyMatch(h -> h.startsWith("広報課") && h.endsWith("庶務係"))
        .anyMatch(h -> h.startsWith("管財課") && h.endsWith("庶務係"));
    List<String> landmarks = new ArrayList<>();
    for (Element region : d.select("section[aria-labelledby], [role=region][aria-labelledby]")) {
      landmarks.add(region.tagName() + " " + heard(d.getElementById(region.attr("aria-labelledby"))));
    }
    assertThat(landmarks).doesNotHaveDuplicates();
    // What a sighted reader sees is unchanged: the section's own name, under its division's heading.
    assertThat(d.select("section.division h3").stream().map(ScreenReaderNamesTest::shown))
        .containsExactlyInAnyOrder("庶務係", "庶務係", language.equals("ja") ? "係の記載なし" : "No section given",
            language.equals("ja") ? "係の記載なし" : "No section given");
  }

  /**
   * Every heading of a sheet page under its title, the data section's downloads and citation too,
   * has a § link to the section it heads, for a journalist to copy; the link is named after the whole
   * heading (an indicator's "Indicator 2: " too), so that a list of links says which part each leads
   * to and two indicators of one name differ in it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void everyHeadingOfASheetPageHasASelfLinkNamedAfterIt(String language) {
    MiniSite s = site(language);
    s.buildOk();
    Document p = s.page("2022/010/");
    List<Element> headings = p.select("main h2, main h3");
    List<String> ids = new ArrayList<>();
    for (Element h : headings) {
      if (h.id().equals("toc-h")) {
        continue;
      }
      Element section = h.closest("section");
      assertThat(section).as(h.text()).isNotNull();
      assertThat(section.attr("aria-labelledby")).as(h.text()).isEqualTo(h.id());
      List<Element> links = h.parent().select("> a.self-link");
      assertThat(links).as("§ link of " + h.text()).hasSize(1);
      assertThat(links.get(0).attr("href")).isEqualTo("#" + section.id());
      String name = heard(h);
      assertThat(heard(links.get(0))).isEqualTo(language.equals("ja") ? "「" + name + "」へのリンク" : "Link to \"" + name + "\"");
      // What is Japanese in the heading is marked so in its link's name, for a Japanese voice.
      assertThat(links.get(0).select("[lang=ja]").eachText()).isEqualTo(h.select("[lang=ja]").eachText());
      ids.add(section.id());
    }
    assertThat(ids).contains("indicator-1", "data", "downloads", "citation");
  }

  /**
   * The comparison's sections (costs, indicators, evaluation, direction) are each a row group of
   * their own: a heading of scope rowgroup heads the rows of its tbody, so one tbody for all had
   * "Costs" head the evaluation's rows too.
   */
  @Test
  void comparisonGroupHeadingsHeadTheirOwnRowsOnly() {
    MiniSite s = site("ja");
    s.buildOk();
    Document c = s.page("compare/2022/010/");
    List<Element> groups = c.select("table.compare th[scope=rowgroup]");
    assertThat(groups).hasSizeGreaterThanOrEqualTo(3);
    for (Element g : groups) {
      Element body = g.parent().parent();
      assertThat(body.tagName()).isEqualTo("tbody");
      assertThat(body.child(0)).as(g.text()).isSameAs(g.parent());
      assertThat(body.select("th[scope=rowgroup]")).as(g.text()).hasSize(1);
    }
    assertThat(c.select("table.compare > tbody")).hasSameSizeAs(groups);
  }

  /**
   * Search results of one project's fiscal years share their number and title: each link also
   * says its year, to screen readers only, so that a list of links tells them apart. Drawn by the
   * search script, so read in a browser.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void searchResultsOfOneProjectSayTheirYearInTheLink(String language) {
    org.junit.jupiter.api.Assumptions.assumeTrue(kokai.testing.Chromium.available(), "chromium and chromedriver are not installed");
    MiniSite s = site(language);
    s.buildOk();
    try (kokai.testing.Chromium chromium = kokai.testing.Chromium.start()) {
      var driver = chromium.driver();
      driver.get(s.out().resolve("search/index.html").toUri() + "?q="
          + java.net.URLEncoder.encode("広報事業", java.nio.charset.StandardCharsets.UTF_8));
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
          ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.kokaiSearch && window.kokaiSearch.timing") != null);
      Document results = org.jsoup.Jsoup.parse((String) ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("return document.getElementById('search-results').outerHTML"));
      List<Element> links = results.select("h2 a");
      assertThat(links.stream().map(ScreenReaderNamesTest::heard)).hasSize(2).doesNotHaveDuplicates()
          .anyMatch(n -> n.contains("2023")).anyMatch(n -> n.contains("2022"));
      assertThat(links.stream().map(ScreenReaderNamesTest::shown)).containsOnly("010 広報事業");
      // In the English interface the heading is Japanese, its year English with the era in Japanese.
      if (language.equals("en")) {
        assertThat(links.get(0).select(".vh").attr("lang")).isEqualTo("en");
        assertThat(links.get(0).select(".vh span[lang=ja]").text()).matches("令和\\d+年度");
      }
    }
  }

  /** The pages of a built site, as site-relative URLs ("", "2022/010/"), the 404 page left out. */
  private static List<String> pages(MiniSite s) {
    Path out = s.out();
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.getFileName().toString().equals("index.html"))
          .map(f -> out.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '/'))
          .map(p -> p.isEmpty() ? "" : p + "/").sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text a screen reader says for an element: all of it but what is aria-hidden. */
  private static String heard(Element e) {
    Element copy = e.clone();
    copy.select("[aria-hidden=true]").remove();
    return copy.text();
  }

  /** The text a sighted reader sees: all of it but what is visually hidden. */
  private static String shown(Element e) {
    Element copy = e.clone();
    copy.select(".vh").remove();
    return copy.text();
  }
}

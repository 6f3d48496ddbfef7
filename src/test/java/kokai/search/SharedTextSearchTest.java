package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.load.ContentLoader;
import kokai.model.Evaluation;
import kokai.model.Score;
import kokai.model.Sheet;
import kokai.testing.ServedSite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search in real chromium over generated sheets whose evaluation comments, as in real sheets, are
 * the same few sentences in dozens of sheets each: those fields are indexed once, as shared texts
 * ({@link SharedTexts}). Phrases from them, alone, with another word, or running past them, find
 * exactly the sheets that contain them, in rank order, over http:// and from file://.
 */
class SharedTextSearchTest {
  @TempDir static Path dir;
  static List<Sheet> sheets;
  @AutoClose static ServedSite served;

  @BeforeAll
  static void build() throws Exception {
    assumeTrue(kokai.testing.Chromium.available(), "chromium and chromedriver are not installed");
    Path content = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(5, 150, 2021, 2023)), content);
    sheets = new ContentLoader().load(content).content().orElseThrow().sheets();
    SearchSite.build(content, dir.resolve("site"));
    served = ServedSite.start(dir.resolve("site"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "file"})
  void phrasesOfSharedCommentsFindExactlyTheSheetsThatHaveThem(String scheme) {
    Set<String> comments = new TreeSet<>();
    for (Sheet s : sheets) {
      Evaluation e = s.evaluation();
      for (Score score : new Score[] {e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority()}) {
        if (score != null && score.comment() != null && score.comment().length() > Grams.LISTED) {
          comments.add(score.comment());
        }
      }
    }
    // Shared: some comment is in more sheets than the threshold.
    assertThat(comments.stream().mapToLong(c -> sheets.stream().filter(s -> has(s, c)).count()).max().orElse(0))
        .isGreaterThanOrEqualTo(SharedTexts.DEFAULT_THRESHOLD);
    Random r = new Random(4);
    List<String> queries = new ArrayList<>();
    for (String c : comments) {
      queries.add(c);
      queries.add(piece(r, c));
      queries.add(piece(r, c) + " " + piece(r, sheets.get(r.nextInt(sheets.size())).title()));
      // Past the end of the comment: no sheet has it, though every gram but the last is shared.
      queries.add(c.substring(c.length() - Grams.SPELLING) + "市");
    }
    List<String> wrong = new ArrayList<>();
    int withResults = 0;
    var driver = served.chromium().driver();
    driver.get(scheme.equals("http") ? served.server().url("search/") : dir.resolve("site/search/index.html").toUri().toString());
    for (String q : queries) {
      SearchPage.submit(driver, q);
      @SuppressWarnings("unchecked")
      List<Object> page = (List<Object>) driver.executeScript(
          "return [Array.from(document.querySelectorAll('#search-results li a')).map(a => a.href),"
              + " document.getElementById('search-results').getAttribute('data-count')];");
      @SuppressWarnings("unchecked")
      List<String> found = ((List<String>) page.get(0)).stream().map(SearchPage::sheetOf).toList();
      List<String> expected = SearchTruth.expected(sheets, q, Map.of());
      withResults += expected.isEmpty() ? 0 : 1;
      if (!Integer.toString(expected.size()).equals(page.get(1))
          || !found.equals(expected.subList(0, Math.min(expected.size(), found.size())))
          || found.size() != Math.min(expected.size(), 10)) {
        wrong.add(q + ": " + page.get(1) + " " + found + " instead of " + expected.size() + " " + expected);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(withResults).isGreaterThan(queries.size() / 2);
  }

  private static boolean has(Sheet s, String comment) {
    Evaluation e = s.evaluation();
    return java.util.stream.Stream.of(e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority())
        .anyMatch(score -> score != null && comment.equals(score.comment()));
  }

  private static String piece(Random r, String text) {
    int length = Math.min(text.length(), Grams.SPELLING + r.nextInt(8));
    int at = r.nextInt(text.length() - length + 1);
    return text.substring(at, at + length);
  }
}

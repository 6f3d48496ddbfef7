package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.render.SiteRenderer;
import kokai.site.SiteIndex;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview leaves out of an edit with kokai's own templates holds for those templates: a
 * listing shows nothing of a sheet but its {@link EditScope#ON_LISTINGS} fields, and another year's
 * page of the project nothing of it but its year, number and title.
 */
class EditScopeTest {
  @TempDir Path dir;
  private Content content;
  private SiteRenderer renderer;

  @BeforeEach
  void city() throws Exception {
    Path folder = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(5, 60, 2021, 2023)), folder);
    content = new ContentLoader().load(folder).content().orElseThrow();
    renderer = SiteRenderer.open(folder.resolve("no-themes-here"), content.site(), () -> SourceLocation.of(folder),
        new Diagnostics()).orElseThrow();
  }

  @Test
  void noListingShowsWhatIsNotOnListings() {
    SiteIndex index = index(content.sheets());
    // Every page links the feed while one sheet has a date (which an edit that takes the last away rebuilds whole): one keeps its dates.
    Sheet dated = content.sheets().stream().filter(s -> s.published() != null || s.updated() != null).findFirst().orElseThrow();
    Set<String> withDates = new java.util.HashSet<>(EditScope.ON_LISTINGS);
    withDates.addAll(List.of("published", "updated"));
    SiteIndex without = index(content.sheets().stream()
        .map(s -> SheetCopies.keepOnly(s, s == dated ? withDates : EditScope.ON_LISTINGS)).toList());
    Map<String, String> listings = listings(index);
    assertThat(listings).containsKeys("index.html", "departments/index.html", "search/index.html",
        "years/2022/index.html");
    Map<String, String> shown = listings(without);
    assertThat(shown.keySet()).isEqualTo(listings.keySet());
    listings.forEach((path, html) -> assertThat(shown.get(path)).as(path).isEqualTo(html));
  }

  @Test
  void anotherYearsPageShowsOfTheSheetItsYearNumberAndTitleOnly() {
    SiteIndex index = index(content.sheets());
    List<Sheet> withOtherYears = index.sheets().stream().filter(s -> !index.otherYears(s).isEmpty()).limit(3).toList();
    assertThat(withOtherYears).isNotEmpty();
    for (Sheet shown : withOtherYears) {
      Set<Sheet> others = Set.copyOf(index.otherYears(shown));
      SiteIndex without = index(content.sheets().stream()
          .map(s -> others.contains(s) ? SheetCopies.keepOnly(s, Set.of("fiscalYear", "id", "title", "organization", "related")) : s)
          .toList());
      assertThat(page(without, shown)).as(shown.ref().toString()).isEqualTo(page(index, shown));
    }
  }

  /**
   * The edit of a field only the sheet's own page shows has no listing and no other page of its
   * project in its scope; one of its title has both.
   */
  @Test
  void anEditOfWhatOnlyTheSheetsPageShowsRendersNoListingAndNoOtherYear() {
    SiteIndex index = index(content.sheets());
    Sheet sheet = index.sheets().stream().filter(s -> !index.otherYears(s).isEmpty() && s.overview() != null)
        .findFirst().orElseThrow();
    Sheet purpose = SheetCopies.with(sheet, "overview", null);
    SiteIndex after = index.withSheets(List.of(purpose));
    EditScope scope = EditScope.of(index, after, List.of(sheet.ref()), false);
    assertThat(scope.sheets()).containsExactly(sheet.ref());
    assertThat(scope.listings()).isEmpty();
    // A city's templates may show any field anywhere.
    assertThat(EditScope.of(index, after, List.of(sheet.ref()), true).listings()).contains(SiteIndex.HOME);
    Sheet retitled = SheetCopies.with(sheet, "title", sheet.title() + "（改）");
    SiteIndex renamed = index.withSheets(List.of(retitled));
    EditScope titled = EditScope.of(index, renamed, List.of(sheet.ref()), false);
    assertThat(titled.sheets()).containsAll(index.otherYears(sheet).stream().map(Sheet::ref).toList());
    assertThat(titled.listings()).contains(index.requireYear(sheet.fiscalYear()).url()).doesNotContain(SiteIndex.HOME);
  }

  @Test
  void noSummaryShowsASheetsTitle() {
    SiteIndex index = index(content.sheets());
    SiteIndex retitled = index(content.sheets().stream().map(s -> SheetCopies.with(s, "title", s.title() + "（改題）")).toList());
    Set<String> summaries = summaries(index);
    assertThat(summaries).contains(SiteIndex.HOME, SiteIndex.DEPARTMENTS, SiteIndex.SEARCH);
    assertThat(summaries).anyMatch(u -> u.startsWith("sdgs/")).anyMatch(u -> u.startsWith("directions/"));
    Map<String, String> before = listings(index);
    Map<String, String> after = listings(retitled);
    for (String url : summaries) {
      String path = kokai.site.Links.file(url);
      assertThat(after.get(path)).as(path).isNotNull().isEqualTo(before.get(path));
    }
    // The listings that show a row do show the title: the test would see one.
    assertThat(after.get("years/2022/index.html")).isNotEqualTo(before.get("years/2022/index.html"));
  }

  /** An edit of a title renders the listings that show the sheet's row, and none of the summaries. */
  @Test
  void anEditOfATitleRendersTheListingsOfItsRowAndNoSummary() {
    SiteIndex index = index(content.sheets());
    Sheet sheet = index.sheets().stream().filter(s -> !s.sdgs().isEmpty() && s.direction() != null).findFirst().orElseThrow();
    SiteIndex after = index.withSheets(List.of(SheetCopies.with(sheet, "title", sheet.title() + "（改）")));
    EditScope scope = EditScope.of(index, after, List.of(sheet.ref()), false);
    assertThat(scope.listings()).contains(index.requireYear(sheet.fiscalYear()).url(), index.requireDepartment(sheet).url());
    assertThat(scope.listings()).anyMatch(u -> u.startsWith("sdgs/") && u.endsWith(sheet.fiscalYear() + "/"))
        .anyMatch(u -> u.startsWith("directions/") && u.endsWith(sheet.fiscalYear() + "/"));
    assertThat(scope.listings()).doesNotContainAnyElementsOf(summaries(index));
    // A city's templates may show the title anywhere.
    assertThat(EditScope.of(index, after, List.of(sheet.ref()), true).listings()).contains(SiteIndex.HOME, SiteIndex.SEARCH);
  }

  /** The URLs of the pages that summarise groups and list no sheet: home, departments, search, the SDG and direction overviews. */
  private static Set<String> summaries(SiteIndex index) {
    Set<String> out = new java.util.TreeSet<>(List.of(SiteIndex.HOME, SiteIndex.DEPARTMENTS, SiteIndex.SEARCH));
    index.sdgs().forEach(g -> out.add(g.url()));
    index.directions().forEach(d -> out.add(d.url()));
    return out;
  }

  private SiteIndex index(List<Sheet> sheets) {
    return SiteIndex.build(content.site(), sheets, content.pages());
  }

  /** Every page but the sheets' and the projects' comparisons, by path. */
  private Map<String, String> listings(SiteIndex index) {
    Set<String> compared = index.sheets().stream().flatMap(s -> index.compareUrl(s).stream()).collect(Collectors.toSet());
    Map<String, String> out = new ConcurrentHashMap<>();
    renderer.render(index, (path, bytes) -> {
      if (path.endsWith(".html")) {
        out.put(path, new String(bytes, StandardCharsets.UTF_8));
      }
    }, s -> false, url -> !compared.contains(url));
    return new TreeMap<>(out);
  }

  private String page(SiteIndex index, Sheet sheet) {
    String path = kokai.site.Links.file(index.sheetUrl(sheet));
    Map<String, String> out = new ConcurrentHashMap<>();
    renderer.renderOnly(index, (p, bytes) -> out.put(p, new String(bytes, StandardCharsets.UTF_8)),
        s -> s.ref().equals(sheet.ref()), s -> false, Set.of());
    assertThat(out).containsKey(path);
    return out.get(path);
  }
}

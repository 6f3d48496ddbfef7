package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.site.SiteIndex;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page the preview renders into bytes, its listing rows put in as the bytes they were first
 * encoded to, is byte for byte the page rendered as text and encoded whole.
 */
class PageBytesTest {
  @TempDir Path dir;

  @Test
  void textAndSplicedRunsGiveTheBytesOfTheWholeTextEncoded() {
    // A pair split by a write, a lone half before a run and after one, and a long stretch encoded on its own.
    List<String> parts = List.of("<p>事業 \uD83C", "\uDF38 名</p>", "|run:𠮷野家|", "\uD83C", "|run:<td>1</td>|", "\uDF38x",
        "あ".repeat(20_000) + "\uD83C", "\uDF38", "|run:|", "end");
    PageBytes page = new PageBytes();
    StringBuilder whole = new StringBuilder();
    for (String p : parts) {
      if (p.startsWith("|run:")) {
        String run = p.substring(5, p.length() - 1);
        assertThat(PageBytes.splices(run)).isTrue();
        page.splice(run.getBytes(StandardCharsets.UTF_8));
        whole.append(run);
      } else {
        page.write(p);
        whole.append(p);
      }
    }
    assertThat(page.bytes()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
    page.reset();
    page.write("次", 0, 1);
    assertThat(page.bytes()).isEqualTo("次".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRunStartingOrEndingInsideACharacterIsNotSpliced() {
    assertThat(PageBytes.splices("\uDF38 名")).isFalse();
    assertThat(PageBytes.splices("名 \uD83C")).isFalse();
    assertThat(PageBytes.splices("🌸 名 🌸")).isTrue();
  }

  /**
   * Every listing, rendered for an edit into bytes, twice (the second time from rows kept as bytes),
   * is the listing rendered as text, with titles that hold characters outside the BMP.
   */
  @Test
  void theListingsOfAnEditAreTheBytesOfTheListingsRenderedAsText() throws Exception {
    Path folder = dir.resolve("content");
    new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(3, 60, 2021, 2023)), folder);
    Content content = new ContentLoader().load(folder).content().orElseThrow();
    List<Sheet> sheets = content.sheets().stream()
        .map(s -> s.id().endsWith("1") ? SheetCopies.with(s, "title", "🌸" + s.title() + "𠮷") : s).toList();
    SiteIndex index = SiteIndex.build(content.site(), sheets, content.pages());
    Sheet edited = index.sheets().get(7);
    SiteIndex after = index.withSheets(List.of(SheetCopies.with(edited, "title", edited.title() + "（改）🌸")));
    Set<String> listings = new java.util.TreeSet<>(List.of(SiteIndex.HOME, SiteIndex.DEPARTMENTS, SiteIndex.SEARCH));
    after.years().forEach(y -> listings.add(y.url()));
    after.departments().forEach(d -> listings.add(d.url()));
    after.sdgs().forEach(g -> g.years().forEach(y -> listings.add(y.url())));
    after.directions().forEach(d -> d.years().forEach(y -> listings.add(y.url())));
    SiteRenderer renderer = renderer(folder, content);
    Map<String, byte[]> asText = new ConcurrentHashMap<>();
    renderer.renderOnly(after, asText::put, s -> s.ref().equals(edited.ref()), s -> false, listings);
    for (SiteIndex ix : List.of(index, after, after)) {
      Map<String, byte[]> asBytes = new ConcurrentHashMap<>();
      renderer.renderEdit(ix, asBytes::put, s -> s.ref().equals(edited.ref()), s -> false, listings);
      if (ix == after) {
        assertThat(asBytes.keySet()).isEqualTo(asText.keySet());
        asText.forEach((path, bytes) -> assertThat(asBytes.get(path)).as(path).isEqualTo(bytes));
      }
    }
    String year = kokai.site.Links.file(after.requireYear(edited.fiscalYear()).url());
    assertThat(new String(asText.get(year), StandardCharsets.UTF_8)).contains("（改）🌸");
  }

  private static SiteRenderer renderer(Path folder, Content content) {
    return SiteRenderer.open(folder.resolve("no-themes-here"), content.site(), () -> SourceLocation.of(folder),
        new Diagnostics()).orElseThrow();
  }
}

package kokai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.IncrementalBuild;
import kokai.testing.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After an edit the edited sheet's own page is written, and a browser showing it reloads, before
 * the listings that show the sheet are made; the edit's closing reload does not reload it twice.
 */
class SheetFirstReloadTest {
  private static final String TITLE = "図書館サービス改善事業";

  @TempDir Path dir;
  private Path content;
  private Path sheet;

  @BeforeEach
  void corpus() throws Exception {
    content = dir.resolve("content");
    Previews.content(content, 11, 60, 2021, 2023);
    sheet = content.resolve("sheets/2022/010.yaml");
  }

  private void editTitle() throws Exception {
    Files.writeString(sheet, Files.readString(sheet).replaceFirst("(?m)^title: .*$", "title: " + TITLE));
  }

  @Test
  void theSheetsPageIsAnnouncedBeforeItsListingsAndTheListingsBeforeTheSearchPage() throws Exception {
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      assertThat(build.full().published()).isTrue();
      editTitle();
      List<List<String>> told = new ArrayList<>();
      List<Map<String, String>> atThatMoment = new ArrayList<>();
      BuildResult r = build.update(Set.of(sheet), pages -> {
        told.add(pages);
        atThatMoment.add(Map.of(
            "sheet", served(build, preview, "2022/010/index.html"),
            "year", served(build, preview, "years/2022/index.html")));
      });
      assertThat(r.published()).isTrue();
      assertThat(told).hasSize(2);
      assertThat(told.get(0)).containsExactly("2022/010/index.html");
      assertThat(atThatMoment.get(0).get("sheet")).contains(TITLE);
      assertThat(atThatMoment.get(0).get("year")).as("the listing is made after").doesNotContain(TITLE);
      // Then the listings and the neighbours, written by then; the search page waits for its index.
      assertThat(told.get(1)).contains("years/2022/index.html").doesNotContain("search/index.html", "2022/010/index.html");
      assertThat(atThatMoment.get(1).get("year")).contains(TITLE);
      for (String page : told.get(1)) {
        assertThat(build.unwritten(page).isPresent() || Files.isRegularFile(preview.resolve(page))).as(page).isTrue();
      }
      // Once finished, the folder holds what was served.
      build.finish();
      assertThat(read(preview.resolve("2022/010/index.html"))).contains(TITLE);
      assertThat(build.unwritten("2022/010/index.html")).isEmpty();
    }
  }

  /**
   * With an English version built beside the site, the edited sheet's page in either language is
   * told before any listing, as a listing takes most of an edit's time; the site's listings come
   * before the version's, and no page of the edit is told twice.
   */
  @Test
  void theEnglishSheetsPageIsAnnouncedBeforeAnyListingAndTheSitesListingsBeforeTheEnglishOnes() throws Exception {
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "translations:\n  - language: en\n");
    Path preview = dir.resolve("preview");
    try (IncrementalBuild build = new IncrementalBuild(BuildConfig.of(content, preview))) {
      assertThat(build.full().published()).isTrue();
      editTitle();
      List<List<String>> told = new ArrayList<>();
      BuildResult r = build.update(Set.of(sheet), told::add);
      assertThat(r.published()).isTrue();
      assertThat(told).hasSize(4);
      assertThat(told.get(0)).containsExactly("2022/010/index.html");
      assertThat(told.get(1)).containsExactly("en/2022/010/index.html");
      assertThat(told.get(2)).contains("years/2022/index.html").allMatch(p -> !p.startsWith("en/"));
      assertThat(told.get(3)).contains("en/years/2022/index.html").allMatch(p -> p.startsWith("en/"));
      // The same pages in both languages, each told once; the search pages wait for their index.
      List<String> all = told.stream().flatMap(List::stream).toList();
      assertThat(all).doesNotHaveDuplicates().doesNotContain("search/index.html", "en/search/index.html");
      assertThat(told.get(3).stream().map(p -> p.substring("en/".length()))).containsExactlyElementsOf(told.get(2));
    }
  }

  @Test
  void aBrowserShowingTheSheetReloadsOnceWithItsNewText() throws Exception {
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log);
        Chromium c = Chromium.start()) {
      WebDriverWait wait = openSheetPage(c, session);
      c.driver().executeScript("window.kokaiMark = 1;");
      editTitle();
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().contains(TITLE));
      assertThat(log.toString()).contains("the edited sheets' pages in");
      // A page that reloaded ahead of its edit stays when that edit's closing reload arrives ...
      Thread.sleep(1_000);
      c.driver().executeScript("window.kokaiMark = 2;");
      session.server().reload(session.lastGeneration());
      Thread.sleep(1_000);
      assertThat(c.driver().executeScript("return window.kokaiMark;")).as("no second reload").isEqualTo(2L);
      // ... and reloads at the next edit's.
      session.server().reload(session.lastGeneration() + 1);
      wait.until(d -> c.driver().executeScript("return window.kokaiMark;") == null);
    }
  }

  /**
   * A page that missed a build's events (it was loading, or its preview was stopped and started
   * again) catches up when its event stream connects: the server names the current build, and a
   * page served by another run, or before that build, reloads; one that is current stays.
   */
  @Test
  void aPageServedByAnEarlierRunOfThePreviewReloadsWhenItReconnects() throws Exception {
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    try (Chromium c = Chromium.start()) {
      try (PreviewSession first = PreviewSession.start(kokai.build.BuildConfig.of(content, preview), java.net.InetAddress.getLoopbackAddress(),
          port, new java.io.PrintWriter(log), new java.io.PrintWriter(log))) {
        openSheetPage(c, first);
        c.driver().executeScript("window.kokaiMark = 1;");
        Thread.sleep(1_000);
        assertThat(c.driver().executeScript("return window.kokaiMark;")).as("a current page stays").isEqualTo(1L);
      }
      editTitle();
      try (PreviewSession second = PreviewSession.start(kokai.build.BuildConfig.of(content, dir.resolve("preview2")),
          java.net.InetAddress.getLoopbackAddress(), port, new java.io.PrintWriter(log), new java.io.PrintWriter(log))) {
        // The browser retries its event stream every few seconds.
        new WebDriverWait(c.driver(), Duration.ofSeconds(30)).until(d -> String.valueOf(
            c.driver().executeScript("var h = document.querySelector('h1'); return h && h.textContent;")).contains(TITLE));
        assertThat(c.driver().executeScript("return window.kokaiMark;")).isNull();
      }
    }
  }

  /**
   * A broken sheet shows its file, line and column on the open page and on a page opened later,
   * over the last good page; mending it reloads the page without the message.
   */
  @Test
  void aBrowserShowsTheErrorUntilItIsMended() throws Exception {
    Path preview = dir.resolve("preview");
    StringWriter log = new StringWriter();
    try (PreviewSession session = Previews.start(content, preview, log);
        Chromium c = Chromium.start()) {
      String home = "http://127.0.0.1:" + session.address().getPort();
      WebDriverWait wait = openSheetPage(c, session);
      String good = Files.readString(sheet);
      Files.writeString(sheet, good.replaceFirst("(?m)^title: ", "title: [unclosed "));
      assertThat(session.rebuild(Set.of(sheet)).published()).isFalse();
      String shown = wait.until(d -> d.findElements(By.id("kokai-preview-error")).stream().findFirst().orElse(null)).getText();
      assertThat(shown).contains("sheets/2022/010.yaml:").containsPattern(":\\d+:\\d+: error");
      assertThat(c.driver().findElement(By.tagName("h1")).getText()).as("the last good page").isNotEmpty();
      c.driver().get(home + "/years/2022/");
      assertThat(wait.until(d -> d.findElements(By.id("kokai-preview-error")).stream().findFirst().orElse(null)).getText())
          .isEqualTo(shown);
      c.driver().executeScript("window.kokaiMark = 1;");
      Files.writeString(sheet, good); // back to the last good text: no file changes, yet the message must go
      assertThat(session.rebuild(Set.of(sheet)).published()).as(log.toString()).isTrue();
      wait.until(d -> c.driver().executeScript("return window.kokaiMark;") == null);
      Thread.sleep(500);
      assertThat(c.driver().findElements(By.id("kokai-preview-error"))).isEmpty();
    }
  }

  /** Opens the edited sheet's page from the preview and gives it time to open its event stream. */
  private static WebDriverWait openSheetPage(Chromium c, PreviewSession session) throws InterruptedException {
    c.driver().get("http://127.0.0.1:" + session.address().getPort() + "/2022/010/");
    Thread.sleep(1_000); // the page opens its event stream
    // A reload can replace the page between finding an element and reading it: try again then.
    WebDriverWait wait = new WebDriverWait(c.driver(), Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** What the preview serves for a page: the update's bytes not yet on disk, or the file. */
  private static String served(IncrementalBuild build, Path preview, String page) {
    return build.unwritten(page).map(b -> new String(b, StandardCharsets.UTF_8)).orElseGet(() -> read(preview.resolve(page)));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package kokai.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.model.Sheet;

/**
 * The same sheets as an ordinary static site (one page per sheet with all its text) for Pagefind to
 * index, plus a page that runs one Pagefind query the way its default UI does (search, then the data
 * of the first ten results) and records the time and the matches. For the benchmark only.
 */
final class PagefindSite {
  private PagefindSite() {}

  static void write(List<Sheet> sheets, Path out) throws IOException {
    for (Sheet s : sheets) {
      Path page = out.resolve(SearchSite.sheetUrl(s));
      Files.createDirectories(page.getParent());
      StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
          .append(escape(s.title())).append("</title></head><body><main data-pagefind-body><h1>")
          .append(escape(s.id() + " " + s.title())).append("</h1>");
      for (SearchTruth.Field f : rawFields(s)) {
        b.append("<p>").append(escape(f.text())).append("</p>");
      }
      Files.writeString(page, b.append("</main></body></html>\n").toString());
    }
    Path search = out.resolve("search/index.html");
    Files.createDirectories(search.getParent());
    Files.writeString(search, """
        <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>検索</title></head><body>
        <script type="module">
        const q = new URLSearchParams(location.search).get('q');
        const started = performance.now();
        const pagefind = await import('../pagefind/pagefind.js');
        await pagefind.init();
        const search = await pagefind.search(q);
        const first = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
        window.pagefindTiming = {started, shown: performance.now(), count: search.results.length, loaded: first.length};
        window.pagefindAll = async () => (await Promise.all(search.results.map(r => r.data()))).map(d => d.url);
        </script></body></html>
        """);
  }

  /** Every text field of the sheet as written (the page shows the source text, not the normalised one). */
  private static List<SearchTruth.Field> rawFields(Sheet s) {
    return SearchTruth.rawFields(s);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

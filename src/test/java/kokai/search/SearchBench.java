package kokai.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.render.ScriptText;
import kokai.testing.Chromium;
import kokai.testing.StaticServer;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search benchmark: for synthetic corpora of the given sizes, indexes them, then runs each query
 * cold (a fresh browser profile per query) against a loopback server without compression, and prints
 * index size, shard count, bytes transferred and time to results. With a Pagefind binary given, does
 * the same for Pagefind indexing the same sheets as ordinary pages. {@code --reuse} measures the
 * sites of an earlier run again with the theme's current {@code search.js}, to compare changes of
 * the client alone. {@code --on-site} opens the site's {@code robots.txt} in the fresh profile and
 * waits a second before each query, as a reader who is on the site already searches: the browser
 * and the site's renderer have started, and nothing the query needs is cached.
 *
 * <pre>
 * bench/search-bench.sh [--sizes 1000,10000] [--repeat 1] [--reuse] [--on-site] [--queries 半導体,情報 委託] [--pagefind PATH/TO/pagefind] [--out bench/out]
 * </pre>
 */
public final class SearchBench {
  static final List<String> QUERIES = List.of(
      "情報政策課", "半導体", "ネットワーク", "ＬＧＷＡＮ", "子育て支援", "市民", "市", "情報 委託", "存在しない語句");

  private SearchBench() {}

  /** The client's timing marks, in the order of a search, printed when present (ms after the search starts). */
  static final List<String> STEPS = List.of("shards", "matched", "meta", "first", "painted", "shown", "snippets");

  /**
   * Index files the page fetched, by folder: how many, when the first request started, when the
   * first and the last response ended.
   */
  record Fetched(String kind, int files, double startMs, double firstEndMs, double endMs) {}

  record Measure(String query, int count, int expected, long bytes, long pageBytes, double firstMs, double searchMs,
      double startedMs, Map<String, Double> steps, List<Fetched> fetched) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1000, 10000);
    Path out = Path.of("bench/out");
    Path pagefind = null;
    int repeat = 1;
    boolean reuse = false;
    boolean onSite = false;
    List<String> queries = QUERIES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reuse" -> reuse = true;
        case "--on-site" -> onSite = true;
        case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--out" -> out = Path.of(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--pagefind" -> pagefind = Path.of(args[++i]);
        case "--queries" -> queries = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf("machine: %d cores, %s; chromium %s; each query in a fresh profile, %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), Chromium.BROWSER,
        onSite ? "after robots.txt of the site and a second (--on-site)" : "right after about:blank");
    for (int n : sizes) {
      Path content = out.resolve("search-content-" + n);
      Path site = out.resolve("kokai-" + n);
      if (!reuse) {
        deleteTree(content);
        new CorpusWriter().write(new CorpusGenerator(new CorpusSpec(42, n, 2020, 2024)), content);
      }
      List<Sheet> sheets = new ContentLoader().load(content).content().orElseThrow().sheets();
      if (reuse) {
        // As a build serves it.
        Files.writeString(site.resolve("assets/js/search.js"),
            ScriptText.compact(Files.readString(Path.of("themes/default/assets/js/search.js"))));
        System.out.printf("%n== kokai, %,d sheets, the site of an earlier run with the current search.js%n", sheets.size());
        queries(sheets, site, queries, repeat, onSite);
      } else {
        kokai(sheets, content, site, queries, repeat, onSite);
      }
      if (pagefind != null) {
        pagefind(sheets, out.resolve("pagefind-" + n), pagefind, queries, onSite);
      }
    }
  }

  private static void kokai(List<Sheet> sheets, Path content, Path dir, List<String> queries, int repeat, boolean onSite)
      throws Exception {
    deleteTree(dir);
    long b0 = System.nanoTime();
    SearchSite.build(content, dir);
    double build = (System.nanoTime() - b0) / 1e9;
    long t0 = System.nanoTime();
    SearchIndexStats s = new SearchIndexWriter().write(sheets, SearchSite::sheetUrl, (path, bytes) -> { });
    double ms = (System.nanoTime() - t0) / 1e6;
    long script = Files.size(dir.resolve("assets/js/search.js"));
    System.out.printf("%n== kokai, %,d sheets: whole site built in %.1f s; search index alone %.0f ms; index %,d bytes in %,d files "
            + "(%,d shards = %,d bytes, %,d metadata files = %,d bytes, %,d text files = %,d bytes, manifest %,d bytes), "
            + "%,d keys; search.js %,d bytes as served%n",
        sheets.size(), build, ms, s.totalBytes(), s.files(), s.shards(), s.shardBytes(), s.metaFiles(), s.metaBytes(),
        s.textFiles(), s.textBytes(), s.manifestBytes(), s.keys(), script);
    queries(sheets, dir, queries, repeat, onSite);
  }

  private static void queries(List<Sheet> sheets, Path dir, List<String> queries, int repeat, boolean onSite) throws Exception {
    try (StaticServer server = StaticServer.start(dir)) {
      for (String q : queries) {
        List<Measure> runs = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
          runs.add(measure(server, "search/?q=", q, "kokaiSearch.timing", sheets, onSite));
          print(runs.get(r));
        }
        if (repeat > 1) {
          System.out.printf("    %s, median of %d cold runs: first result %.1f ms, ten shown %.1f ms after the search starts;"
                  + " first result %.1f ms after navigation%n", q, repeat,
              median(runs.stream().mapToDouble(Measure::firstMs).toArray()),
              median(runs.stream().mapToDouble(Measure::searchMs).toArray()),
              median(runs.stream().mapToDouble(r -> r.startedMs() + r.firstMs()).toArray()));
        }
      }
    }
  }

  private static void pagefind(List<Sheet> sheets, Path dir, Path binary, List<String> queries, boolean onSite) throws Exception {
    deleteTree(dir);
    PagefindSite.write(sheets, dir);
    Path log = Files.createTempFile("pagefind", ".log");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("/usr/bin/time", "-v", binary.toString(), "--site", dir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int rc = p.waitFor();
    double secs = (System.nanoTime() - t0) / 1e9;
    String rss = Files.readAllLines(log).stream().filter(l -> l.contains("Maximum resident set size"))
        .findFirst().orElse("?").replaceAll("\\D+", "");
    long bytes;
    long files;
    try (Stream<Path> w = Files.walk(dir.resolve("pagefind"))) {
      List<Path> all = w.filter(Files::isRegularFile).toList();
      files = all.size();
      bytes = 0;
      for (Path f : all) {
        bytes += Files.size(f);
      }
    }
    System.out.printf("%n== Pagefind, %,d sheets: exit %d, indexed in %.1f s, peak RSS %s KB; index %,d bytes in %,d files%n",
        sheets.size(), rc, secs, rss, bytes, files);
    try (StaticServer server = StaticServer.start(dir)) {
      for (String q : queries) {
        print(measure(server, "search/?q=", q, "pagefindTiming", sheets, onSite));
      }
      precision(server, "情報政策課", sheets);
    }
  }

  private static void precision(StaticServer server, String q, List<Sheet> sheets) {
    try (Chromium c = Chromium.start()) {
      c.driver().get(server.url("search/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
      waitFor(c, "pagefindTiming");
      @SuppressWarnings("unchecked")
      List<String> urls = (List<String>) c.driver().executeAsyncScript(
          "const done = arguments[arguments.length - 1]; window.pagefindAll().then(done);");
      Set<String> truth = new HashSet<>();
      SearchTruth.expected(sheets, q, Map.of()).forEach(t -> truth.add("/" + t + "/"));
      long right = urls.stream().filter(truth::contains).count();
      System.out.printf("Pagefind precision for %s: %d returned, %d contain it, %d sheets contain it: precision %.1f %%, recall %.1f %%%n",
          q, urls.size(), right, truth.size(), 100.0 * right / Math.max(1, urls.size()), 100.0 * right / Math.max(1, truth.size()));
    }
  }

  private static Measure measure(StaticServer server, String path, String q, String timing, List<Sheet> sheets,
      boolean onSite) throws InterruptedException {
    try (Chromium c = Chromium.start()) {
      if (onSite) {
        c.driver().get(server.url("robots.txt"));
        Thread.sleep(1000);
      } else {
        c.driver().get("about:blank");
      }
      server.resetBytes();
      c.driver().get(server.url(path + URLEncoder.encode(q, StandardCharsets.UTF_8)));
      waitFor(c, timing);
      long bytes = server.bytesSent();
      @SuppressWarnings("unchecked")
      Map<String, Object> t = (Map<String, Object>) c.driver().executeScript("return window." + timing);
      long page = ((Number) c.driver().executeScript(
          "return performance.getEntriesByType('navigation')[0].encodedBodySize")).longValue();
      double started = ((Number) t.get("started")).doubleValue();
      double shown = ((Number) t.get("shown")).doubleValue();
      double first = ((Number) t.getOrDefault("first", shown)).doubleValue();
      int expected = SearchTruth.expected(sheets, q, Map.of()).size();
      Map<String, Double> steps = new LinkedHashMap<>();
      for (String step : STEPS) {
        if (t.get(step) instanceof Number v) {
          steps.put(step, v.doubleValue() - started);
        }
      }
      if (c.driver().executeScript("const p = performance.getEntriesByName('first-contentful-paint')[0];"
          + " return p ? p.startTime : null;") instanceof Number fcp) {
        steps.put("page painted", fcp.doubleValue() - started);
      }
      return new Measure(q, ((Number) t.get("count")).intValue(), expected, bytes, page, first - started,
          shown - started, started, steps, fetched(c, started));
    }
  }

  /** Resource timing of the files under search/index/, grouped by their folder (s, d, …) or name. */
  private static List<Fetched> fetched(Chromium c, double started) {
    @SuppressWarnings("unchecked")
    List<List<Object>> entries = (List<List<Object>>) c.driver().executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.name.includes('/index/'))"
            + ".map(e => [e.name.replace(/^.*\\/index\\//, '').replace(/\\/.*$/, '/'), e.startTime, e.responseEnd]);");
    Map<String, Fetched> byKind = new TreeMap<>();
    for (List<Object> e : entries) {
      String kind = (String) e.get(0);
      double start = ((Number) e.get(1)).doubleValue() - started;
      double end = ((Number) e.get(2)).doubleValue() - started;
      byKind.merge(kind, new Fetched(kind, 1, start, end, end), (a, b) -> new Fetched(kind, a.files() + 1,
          Math.min(a.startMs(), b.startMs()), Math.min(a.firstEndMs(), b.firstEndMs()), Math.max(a.endMs(), b.endMs())));
    }
    return List.copyOf(byKind.values());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void waitFor(Chromium c, String timing) {
    new WebDriverWait(c.driver(), Duration.ofSeconds(60))
        .until(d -> c.driver().executeScript("return window." + timing) != null);
  }

  private static void print(Measure m) {
    System.out.printf("  %-12s %6d results (truth %6d%s)  %6.1f KB (%,d bytes) transferred (%5.1f KB without the HTML page)  "
            + "first result %6.1f ms, ten shown %6.1f ms after the search starts (started %5.1f ms, first result %5.1f ms"
            + " after navigation)%n",
        m.query(), m.count(), m.expected(), m.count() == m.expected() ? ", exact" : ", NOT EXACT",
        m.bytes() / 1024.0, m.bytes(), (m.bytes() - m.pageBytes()) / 1024.0, m.firstMs(), m.searchMs(), m.startedMs(),
        m.startedMs() + m.firstMs());
    if (m.steps().isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder("      steps (ms after the search starts):");
    m.steps().forEach((k, v) -> b.append(String.format(" %s %.1f", k, v)));
    b.append("; fetched:");
    for (Fetched f : m.fetched()) {
      b.append(String.format(" %s ×%d %.1f–%.1f–%.1f", f.kind(), f.files(), f.startMs(), f.firstEndMs(), f.endMs()));
    }
    System.out.println(b);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> w = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(w.toList());
      Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }
}

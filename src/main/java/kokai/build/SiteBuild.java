package kokai.build;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import kokai.model.InvalidFieldException;
import kokai.model.SiteConfig;
import kokai.publish.LinkChecker;
import kokai.publish.Sitemap;
import kokai.publish.Staging;
import kokai.render.RenderResult;
import kokai.render.SiteRenderer;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * Builds a site: load → index → render → extra stages (search, data) → sitemap → link check →
 * publish. Every stage writes into a staging folder; the output folder is replaced only when no
 * stage reported an error, so a failed build leaves the previous site untouched.
 *
 * <pre>{@code
 * BuildResult r = new SiteBuild().run(BuildConfig.of(Path.of("content"), Path.of("site")));
 * r.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class SiteBuild {
  /**
   * Why the output folder of {@code cfg} may not be built into (it holds the content, it is a
   * folder of other files, …), as the build would say it; empty when it may. For the preview,
   * which must not serve such a folder either.
   */
  public static List<Diagnostic> refusedOutput(BuildConfig cfg) {
    Diagnostics diags = new Diagnostics();
    OutputGuard.check(cfg, diags);
    return diags.sorted();
  }

  private final List<BuildStage> stages;

  public SiteBuild() {
    this(standardStages());
  }

  /** A build with the given extra stages (tests use this to add or leave out stages). */
  public SiteBuild(List<BuildStage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The extra stages of every build, in order. The search index and data downloads go here. */
  public static List<BuildStage> standardStages() {
    return List.of(new DataStage(), new SearchStage());
  }

  public BuildResult run(BuildConfig cfg) {
    return run(cfg, true, true, c -> { });
  }

  /**
   * Goes through the build without writing a file, and reports what the build would, in its
   * words: the content's problems, the theme's (a template that fails on a page, a missing
   * asset), the broken links of the rendered pages, Markdown pages' at their line and column, and
   * the warnings. The pages are rendered and the extra stages run into a sink that keeps only the
   * files' names, for the link check. With {@code everyPage}, or when the theme has templates of
   * its own, every page is rendered, as a build does; else only the pages the content can break
   * (the Markdown pages, and those they link into) and the rest are noted by name
   * ({@link CheckRendering}): a city's check takes seconds, not the build's time.
   * {@code cfg.out()} only names the pages in messages, as a build into it would. {@code loaded}
   * is given what the load read, with errors or without.
   *
   * <pre>{@code
   * BuildResult r = new SiteBuild().check(BuildConfig.of(Path.of("content"), Path.of("site")), false, read -> { });
   * boolean buildWouldPublish = r.diagnostics().stream().noneMatch(Diagnostic::isError);
   * }</pre>
   */
  public BuildResult check(BuildConfig cfg, boolean everyPage, Consumer<LoadResult> loaded) {
    return run(cfg, false, everyPage, loaded);
  }

  private BuildResult run(BuildConfig cfg, boolean publish, boolean everyPage, Consumer<LoadResult> loaded) {
    long start = System.nanoTime();
    Map<String, Duration> times = new LinkedHashMap<>();
    Diagnostics diags = new Diagnostics();
    if (publish) {
      OutputGuard.check(cfg, diags);
    }
    Optional<LoadResult> read = diags.hasErrors() ? Optional.empty() : Optional.of(stage(times, "load", () -> load(cfg, diags, loaded)));
    Optional<Content> content = read.flatMap(LoadResult::content);
    if (content.isEmpty()) {
      read.flatMap(LoadResult::partial).ifPresent(partial -> checkBeside(partial, read.get(), cfg, everyPage, diags));
      return result(times, false, diags, 0, 0, null, start);
    }
    return produce(cfg, content.get(), publish, everyPage, false, null, times, diags, start);
  }

  /**
   * With errors in the content, what loaded goes on through the rest of a check, so that one run
   * reports every problem: the theme's, and the links of the pages (Markdown pages' too), but not
   * those into the pages of the sheets whose files did not load; a broken link into the listings,
   * which those sheets would change, is a warning. A fault on that way is no news
   * beside the content's errors: it ends the check, and the content's errors are reported.
   */
  private void checkBeside(Content partial, LoadResult read, BuildConfig cfg, boolean everyPage, Diagnostics diags) {
    // Which goals, directions, divisions, years and comparisons the listings have depends on the
    // sheets that did not load too; their addresses, on the department slugs of a site.yaml not read.
    String listingsUncertain = ContentLoader.STAND_IN_BASE_URL.equals(partial.site().baseUrl())
        ? "the page's address may come from site.yaml once its errors are mended: check again then"
        : read.sources().size() < read.sheetFiles().size()
        ? "the page may come with a sheet that has errors: check again once they are mended" : null;
    try {
      BuildResult beside = produce(cfg, partial, false, everyPage, true, listingsUncertain, new LinkedHashMap<>(), new Diagnostics(),
          System.nanoTime());
      Set<Diagnostic> said = new HashSet<>(read.diagnostics()); // thousands at a large content's first check
      diags.addAll(beside.diagnostics().stream().filter(d -> !said.contains(d)).toList());
    } catch (RuntimeException e) {
      // the content's own errors are what the run reports
    }
  }

  /**
   * The build after loading. {@code partial}: {@code content} is what loaded of content with errors;
   * {@code listingsUncertain}: why links into the listings may fail only for now (some sheet files
   * did not load, site.yaml was not read), or null.
   */
  private BuildResult produce(BuildConfig cfg, Content content, boolean publish, boolean everyPage, boolean partial,
      String listingsUncertain, Map<String, Duration> times, Diagnostics diags, long start) {
    Optional<SiteConfig> withBase = withBaseUrl(content.site(), cfg, diags);
    if (withBase.isEmpty()) {
      return result(times, false, diags, 0, 0, null, start);
    }
    SiteConfig site = withBase.get();
    SiteIndex index = stage(times, "index", () -> SiteIndex.build(site, content.sheets(), content.pages()));
    Optional<SiteRenderer> renderer = stage(times, "theme", () -> SiteRenderer.open(cfg.themes(), site,
        () -> ContentLoader.siteFieldAt(content.root(), "theme"), diags));
    if (renderer.isEmpty()) {
      return result(times, false, diags, 0, index.sheets().size(), null, start);
    }
    SiteOutput staging;
    try {
      staging = stage(times, "staging", () -> publish ? SiteOutput.staged(cfg.out()) : SiteOutput.discarded());
    } catch (StageFailure e) {
      if (!(e.getCause() instanceof UncheckedIOException u && u.getCause() instanceof Staging.Busy)) {
        throw e;
      }
      diags.error(SourceLocation.of(cfg.out()), null, "another build is writing this output folder now; this one wrote nothing",
          "wait for the other build to finish (or stop it), then build again; or give another --out");
      return result(times, false, diags, 0, index.sheets().size(), null, start);
    }
    Throwable failed = null;
    try {
      LinkChecker links = new LinkChecker(cfg.out());
      if (partial) {
        // The pages of a sheet that did not load are there once it is mended; a link to a sheet
        // that is not there the load has reported already, in its own words.
        links.notRendered(target -> SiteIndex.sheetAt(target).filter(ref -> !content.sources().containsKey(ref)).isPresent());
      }
      if (listingsUncertain != null) {
        links.uncertain(SiteIndex.LISTING_FOLDERS, listingsUncertain);
      }
      OutputSink sink = checkedSink(staging, links);
      // A quick check renders kokai's own templates in part; a build, or a city's templates, all.
      boolean renderAll = everyPage || renderer.get().ownTemplates();
      RenderResult pages = stage(times, "render", () -> renderAll ? renderer.get().render(index, sink)
          : CheckRendering.render(renderer.get(), index, sink, staging::write, links));
      renderer.get().forgetRows();
      diags.addAll(pages.diagnostics());
      links.notRendered(pages.failedPages());
      // The extra stages read only the index, but they start after rendering: run beside it they
      // gained little on two cores and raised the peak memory enough to make a small heap thrash.
      StageContext ctx = new StageContext(content, index, sink, diags, cfg, renderer.get());
      runTogether(stages, ctx, times, publish);
      List<String> listed = new ArrayList<>(pages.listedUrls());
      List<SiteIndex> versions = new ArrayList<>();
      List<String> staticFolders = new ArrayList<>();
      int pageCount = pages.pages();
      for (SiteConfig.Translation t : site.translations()) {
        if (t.builtHere()) {
          RenderResult v = version(versionConfig(site, t), t.folder(), content, cfg, publish, renderAll,
              sink, staging, links, times, diags, versions);
          v.listedUrls().forEach(u -> listed.add(t.folder() + u));
          pageCount += v.pages();
          staticFolders.add(t.folder());
        }
      }
      stage(times, "sitemap", () -> writeSitemap(site, listed, staging));
      // Into each language version's folder, then the site's root.
      staticFolders.add("");
      stage(times, "static", () -> StaticFiles.copy(cfg.content(), staging, staticFolders, diags));
      warnWithoutBaseUrl(site, cfg, diags);
      // Beside a template's errors too, as the pages it failed on are taken to be there; not when a
      // stage failed, as its files (the static folder's, say) would be missing for the links to them.
      if (diags.errorCount() == pages.diagnostics().stream().filter(Diagnostic::isError).count()) {
        diags.addAll(LinkSources.atSources(stage(times, "link check", () -> staging.checkLinks(links)), index, versions, cfg));
      }
      if (diags.hasErrors() || !publish) {
        return result(times, false, diags, pageCount, index.sheets().size(), staging, start);
      }
      stage(times, "publish", () -> staging.publish()).ifPresent(old -> diags.warning(SourceLocation.of(old), null,
          "the site was published, but the previous site could not be deleted: it was left in this folder",
          "delete the folder (it may need the user who owns its files)"));
      return result(times, true, diags, pageCount, index.sheets().size(), staging, start);
    } catch (RuntimeException | Error e) {
      failed = e;
      throw e;
    } finally {
      try {
        staging.discard();
      } catch (RuntimeException notDeleted) {
        // A rendering thread may still be writing when another's failure arrives here, so the
        // staging folder can refuse to go; the failure that stopped the build is the one to report.
        if (failed == null) {
          throw notDeleted;
        }
        failed.addSuppressed(notDeleted);
      }
    }
  }

  private static LoadResult load(BuildConfig cfg, Diagnostics diags, Consumer<LoadResult> loaded) {
    LoadResult r = new ContentLoader().load(cfg.content());
    loaded.accept(r);
    diags.addAll(r.diagnostics());
    return r;
  }

  /**
   * The site in the language of another version that its build makes ({@link #versionConfig}),
   * into {@code folder} ({@code en/}) of the output: the same content indexed, rendered and given
   * in the folder the extra stages made for each version (data; the search index is the site's).
   * What it says that the site's own pages said already (a warning of the theme, of the feed) is
   * said once. A quick check of kokai's own templates ({@code renderAll} false) renders of it what
   * it renders of the site ({@link CheckRendering}): the Markdown pages, which may be the version's
   * own. The version's index is added to {@code versions}, for the link check's messages.
   */
  private RenderResult version(SiteConfig site, String folder, Content content, BuildConfig cfg, boolean publish, boolean renderAll,
      OutputSink sink, SiteOutput staging, LinkChecker links, Map<String, Duration> times, Diagnostics diags, List<SiteIndex> versions) {
    String named = " (" + site.language() + ")";
    Diagnostics own = new Diagnostics();
    SiteIndex index = stage(times, "index" + named, () -> SiteIndex.version(site, content.sheets(), content.pagesIn(site.language()), folder));
    versions.add(index);
    Optional<SiteRenderer> renderer = stage(times, "theme" + named, () -> SiteRenderer.open(cfg.themes(), site,
        () -> ContentLoader.siteFieldAt(content.root(), "theme"), own));
    RenderResult pages = new RenderResult(List.of(), 0, List.of(), List.of());
    if (renderer.isPresent()) {
      OutputSink into = OutputSink.under(folder, sink);
      pages = stage(times, "render" + named, () -> renderAll ? renderer.get().render(index, into)
          : CheckRendering.render(renderer.get(), index, into, OutputSink.under(folder, staging::write), links));
      renderer.get().forgetRows();
      own.addAll(pages.diagnostics());
      links.notRendered(pages.failedPages().stream().map(p -> folder + p).toList());
      Map<String, Duration> stageTimes = new LinkedHashMap<>();
      runTogether(stages.stream().filter(BuildStage::perVersion).toList(), new StageContext(content, index, into, own, cfg, renderer.get()),
          stageTimes, publish);
      stageTimes.forEach((name, took) -> times.put(name + named, took));
    }
    diags.addUnsaid(own.sorted());
    return pages;
  }

  /**
   * The site config of the version the build makes in the language of {@code t} (a translation
   * without an address of its own): published in the folder named for its language, so at the base
   * URL's folder of that name; titled as {@code t} says, else as the site; linking back to the site
   * as a translation without an address, which the pages link to relatively.
   */
  private static SiteConfig versionConfig(SiteConfig site, SiteConfig.Translation t) {
    return new SiteConfig(or(t.title(), site.title()), or(t.city(), site.city()), site.baseUrl() == null ? null : site.baseUrl() + t.folder(),
        t.language(), or(t.description(), site.description()), site.license(), site.theme(), site.departmentSlugs(), site.published(),
        List.of(new SiteConfig.Translation(site.language())));
  }

  private static String or(String given, String otherwise) {
    return given == null || given.isBlank() ? otherwise : given.strip();
  }

  private static Void writeSitemap(SiteConfig site, List<String> listed, SiteOutput staging) {
    String ascii = site.baseUrl() == null ? null : SiteConfig.ascii(site.baseUrl());
    if (ascii != null) {
      staging.write("sitemap.xml", Sitemap.xml(ascii, listed));
    }
    staging.write("robots.txt", Sitemap.robots(ascii));
    return null;
  }

  /**
   * Without a base URL there is no sitemap, and 404.html guesses the site is served at the host's
   * root; with the example address of a new site config, every absolute link points there.
   */
  private static void warnWithoutBaseUrl(SiteConfig site, BuildConfig cfg, Diagnostics diags) {
    if (SiteConfig.isPlaceholderAddress(site.baseUrl())) {
      diags.warning(ContentLoader.siteFieldAt(cfg.content(), "baseUrl"), "baseUrl", "the base URL is still the example "
          + site.baseUrl() + ", where every canonical link, the sitemap and the feed point",
          "write the address the site is published at as baseUrl in site.yaml, or pass --base-url to the build");
    }
    if (site.baseUrl() != null) {
      return;
    }
    SourceLocation where = SourceLocation.of(ContentLoader.siteConfigFile(cfg.content()));
    String fix = "set baseUrl in site.yaml (e.g. baseUrl: https://example.jp/hyoka/), or pass --base-url to the build";
    diags.warning(where, "baseUrl", "no sitemap.xml was written: a sitemap needs the site's public address", fix);
    diags.warning(where, "baseUrl", "404.html links to the site as if served at the host's root (/): "
        + "under a sub-path its style and links break", fix);
  }

  /**
   * A sink into the staging folder that hands every HTML page to the link check as it is written
   * (from the rendered text, in the writing thread) and streams large files straight to disk.
   */
  private static OutputSink checkedSink(SiteOutput staging, LinkChecker links) {
    return new OutputSink() {
      @Override
      public void write(String path, byte[] bytes) {
        if (isPage(path)) {
          links.page(path, bytes);
        } else if (isStylesheet(path)) {
          links.stylesheet(path, new String(bytes, StandardCharsets.UTF_8));
        }
        staging.write(path, bytes);
      }

      @Override
      public void writeText(String path, String text) {
        if (isPage(path)) {
          // Encoded once, here: the link check reads the bytes that are written.
          write(path, text.getBytes(StandardCharsets.UTF_8));
          return;
        }
        if (isStylesheet(path)) {
          links.stylesheet(path, text);
        }
        staging.writeText(path, text);
      }

      @Override
      public OutputStream open(String path) {
        return isPage(path) ? OutputSink.super.open(path) : staging.open(path);
      }
    };
  }

  private static boolean isStylesheet(String path) {
    return path.endsWith(".css");
  }

  private static boolean isPage(String path) {
    return path.endsWith(".html");
  }

  /** The site config with {@code --base-url} in place of its own; empty, with errors, when the config's rules refuse it. */
  static Optional<SiteConfig> withBaseUrl(SiteConfig c, BuildConfig cfg, Diagnostics diags) {
    String baseUrl = cfg.baseUrl();
    if (baseUrl == null) {
      return Optional.of(c);
    }
    try {
      return Optional.of(new SiteConfig(c.title(), c.city(), baseUrl, c.language(), c.description(), c.license(), c.theme(),
          c.departmentSlugs(), c.published(), c.translations()));
    } catch (InvalidFieldException e) {
      for (InvalidFieldException p : e.all()) {
        diags.error(SourceLocation.of(ContentLoader.siteConfigFile(cfg.content())), p.field(),
            p.getMessage() + " (with --base-url " + SiteConfig.shown(baseUrl) + ")", p.hint());
      }
      return Optional.empty();
    }
  }

  /**
   * Runs the extra stages at the same time, one thread each: they read the same index and write
   * different files, and most of them have long single-threaded stretches (writing one large file)
   * that would otherwise leave cores idle. A failure is reported for the first failed stage in
   * their order, so the report does not depend on timing.
   */
  private static void runTogether(List<BuildStage> stages, StageContext ctx, Map<String, Duration> times, boolean publish) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, stages.size()), r -> {
      Thread t = new Thread(r, "kokai-stage");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Duration>> running = stages.stream().map(s -> pool.submit(() -> {
        long t0 = System.nanoTime();
        if (publish) {
          s.run(ctx);
        } else {
          s.check(ctx);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
      })).toList();
      // Every stage is waited for, failed or not, so none still writes when the staging folder is discarded.
      StageFailure failure = null;
      for (int i = 0; i < stages.size(); i++) {
        String name = stages.get(i).name();
        try {
          times.put(name, running.get(i).get());
        } catch (ExecutionException e) {
          failure = failure != null ? failure : e.getCause() instanceof StageFailure f ? f : new StageFailure(name, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure = failure != null ? failure : new StageFailure(name, e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one stage's work, adding its time to {@code times}; a failure comes out as a {@link StageFailure} naming it. */
  static <T> T stage(Map<String, Duration> times, String name, Callable<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.call();
    } catch (StageFailure e) {
      throw e;
    } catch (Exception e) {
      throw new StageFailure(name, e);
    } finally {
      times.merge(name, Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
    }
  }

  private static BuildResult result(Map<String, Duration> times, boolean published, Diagnostics diags, int pages, int sheets, SiteOutput staging, long start) {
    return new BuildResult(published, diags.sorted(), pages, sheets,
        staging == null ? 0 : staging.files(), staging == null ? 0 : staging.bytes(),
        Duration.ofNanos(System.nanoTime() - start), times, staging == null ? 0 : staging.unchanged());
  }

}

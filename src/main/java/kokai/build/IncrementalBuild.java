package kokai.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.load.SheetNames;
import kokai.model.Page;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.publish.LinkChecker;
import kokai.render.RenderResult;
import kokai.render.SiteRenderer;
import kokai.search.IncrementalSearchIndex;
import kokai.site.Links;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * The preview's build: a full {@link SiteBuild} first, then, when only existing sheet files were
 * edited, a rebuild of just what they show on, in two parts. {@link #update} does what a reload
 * needs: it reads the edited files, patches the site index, renders the pages that show the edited
 * sheets ({@link EditScope}) and patches the search index kept in memory
 * ({@link IncrementalSearchIndex}). The other extra stages (the site-wide data files and the feed)
 * then run on a background thread, the lists that name every sheet made from the files written
 * last with the edited sheets' pieces alone serialised again ({@link DataLayouts});
 * {@link #finish} waits for them, and a newer edit stops them and starts them again, so until they
 * are done those downloads are one edit behind. Files are rewritten only where their bytes changed,
 * each by a rename, so the preview never serves a half-written file; those of {@link #update} are
 * kept in memory until a thread has written them ({@link PendingWrites}), and the preview serves
 * them from there ({@link #unwritten}), so the reload does not wait for the disk. Anything else (a
 * new, deleted or renamed sheet, an edit that adds or removes a listing page, the site config, the
 * theme, pages) falls back to the full build, which publishes atomically.
 *
 * <pre>{@code
 * IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, preview));
 * BuildResult first = b.full();
 * BuildResult next = b.update(Set.of(content.resolve("sheets/2022/088.yaml")));
 * reloadOpenPages();
 * Optional<BuildResult> rest = b.finish();   // the data files and the feed, written after the reload
 * }</pre>
 */
public final class IncrementalBuild implements AutoCloseable {
  private final BuildConfig config;
  private final List<BuildStage> stages;
  private final ContentLoader loader = new ContentLoader();
  /** Where each sheet lies in the site-wide lists last written, so that an edit serialises its own sheets alone. */
  private final DataLayouts layouts;
  private State state;
  /** Runs what follows a reload, one rebuild at a time, so the next edit need not wait for it. */
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kokai-after-reload");
    t.setDaemon(true);
    return t;
  });
  /** Patches the search index while an edit's pages are rendered. */
  private final ExecutorService searching = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kokai-search-edit");
    t.setDaemon(true);
    return t;
  });
  private volatile CompletableFuture<BuildResult> pending;
  private AtomicBoolean cancel = new AtomicBoolean();
  /** What the part that follows the last good edit's reload writes from: the site's, then each language version's. */
  private List<StageContext> restContexts;
  /** The files of an update, served from memory until they are on disk. */
  private final PendingWrites unwritten;
  private volatile String baseUrl;
  /** The files of the edits that failed since the last good build, which the preview does not show yet. */
  private final Set<Path> unapplied = new TreeSet<>();

  /** What the last good build was made of. */
  private record State(Content content, SiteIndex index, SiteRenderer renderer, Map<Path, SheetRef> byFile,
      IncrementalSearchIndex search, List<Version> versions) {}

  /**
   * The site, or a language version its build makes beside it ({@code en/}, its index's folder): its
   * index and renderer. The search index is the site's, which the versions share.
   */
  private record Version(SiteIndex index, SiteRenderer renderer) {
    OutputSink into(OutputSink sink) {
      return OutputSink.under(index.folder(), sink);
    }
  }

  /** The city template last said to make each edit a full build, so that it is said once. */
  private Path saidWide;

  /** {@link #standingWarnings}, in order. */
  private final Set<Diagnostic> standing = new LinkedHashSet<>();

  public IncrementalBuild(BuildConfig config) {
    this(config, SiteBuild.standardStages());
  }

  public IncrementalBuild(BuildConfig config, List<BuildStage> stages) {
    this.config = config;
    this.layouts = new DataLayouts(config.out());
    // The data stage notes where each sheet lies in the lists it writes, for the edits that follow.
    this.stages = stages.stream().map(s -> s instanceof DataStage ? new DataStage(layouts) : s).toList();
    this.unwritten = new PendingWrites(config.out());
  }

  /**
   * The bytes an update gave a file of the preview folder ({@code search/index/s/12.js}) while
   * they are not yet on disk: what the preview must serve for it. Empty when the disk has them.
   */
  public Optional<byte[]> unwritten(String path) {
    return unwritten.read(path);
  }

  /**
   * The changed paths a rebuild has to look at. Left out: editors' leftovers under the content or
   * the themes (swap, lock, backup and autosave files, which the build never reads), and paths that are
   * gone and that the last good build did not read: the temporary file an editor writes beside a
   * sheet and renames over it, which would otherwise cost a full build.
   */
  public Set<Path> relevant(Set<Path> changed) {
    return ChangedPaths.relevant(changed, config, state == null ? null : state.byFile().keySet());
  }

  /** The base URL of the last good build's site (null: none), which the preview serves the site under too. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The warnings a full build would give now, as far as the preview knows: the last full build's,
   * with those of the files read again since replaced by what those reads said. An edit reports
   * only its own; the preview says how many others stand, so none seems gone.
   */
  public Set<Diagnostic> standingWarnings() {
    return Collections.unmodifiableSet(standing);
  }

  /** A full build; on success the next {@link #update} can be incremental. */
  public BuildResult full() {
    cancelAfterReload();
    try {
      unwritten.flush();
    } catch (RuntimeException e) {
      // A file of an edit could not be written: this build writes every file anew.
    } finally {
      unwritten.forget();
    }
    state = null;
    // A full build reads every file, those of failed edits too.
    unapplied.clear();
    PreviewCapture capture = new PreviewCapture();
    List<BuildStage> run = new ArrayList<>(stages.stream().map(s -> s instanceof SearchStage ? capture.search() : s).toList());
    run.add(capture);
    layouts.clear();
    BuildResult r = new SiteBuild(run).run(config);
    if (r.published()) {
      layouts.settle();
    } else {
      layouts.clear();
    }
    standing.clear();
    r.diagnostics().stream().filter(d -> !d.isError()).forEach(standing::add);
    if (r.published() && capture.context() != null) {
      baseUrl = capture.context().index().config().baseUrl();
      state = prepare(capture);
      Optional<Path> wide = state.renderer().siteWideTemplate();
      if (wide.isEmpty()) {
        dryRuns();
      } else {
        // Which pages an edit changes cannot be told: each edit is a full build, said once.
        state = null;
        Diagnostic slow = Diagnostic.warning(SourceLocation.of(wide.get()), null,
            "this template reads what kokai's does not (site…, or page… beyond a listing's own group), so an"
                + " edit of one sheet may change pages it does not show: the preview rebuilds the whole site for each edit",
            "nothing to fix for the published site; for quick previews, show figures of the whole site on the home page only");
        standing.add(slow);
        if (wide.get().equals(saidWide)) {
          return r;
        }
        saidWide = wide.get();
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        all.add(slow);
        return new BuildResult(r.published(), all, r.pages(), r.sheets(), r.files(), r.bytes(), r.elapsed(),
            r.stageTimes(), r.unchanged());
      }
    }
    return r;
  }

  /**
   * Rebuilds after the given files changed: incrementally when only sheet files were edited, else
   * in full. After an incremental update {@link #finish} completes the rebuild.
   */
  public BuildResult update(Set<Path> changed) {
    return update(changed, pages -> { });
  }

  /**
   * As {@link #update(Set)}, telling {@code pagesReady} which pages ({@code 2022/088/index.html})
   * changed as soon as they are written (a page whose bytes stay the same is not named): first the
   * edited sheets' own pages, the site's then each language version's ({@code en/2022/088/index.html}),
   * then the other pages of the edit (listings, the project's other years), the site's then each
   * version's, but the search pages, whose index is written after them. A browser showing one of
   * them can reload without waiting for the rest of the edit. Not called when the update falls back
   * to a full build, nor after a failure; a page told before the edit failed is put back.
   */
  public BuildResult update(Set<Path> changed, Consumer<List<String>> pagesReady) {
    return update(changed, pagesReady, filesChanged -> { });
  }

  /**
   * As {@link #update(Set, Consumer)}, telling {@code written} how many files the edit changed as
   * soon as every file an open page reads is written, the search index included: before the
   * preview's own bookkeeping and before the work that follows the reload starts, so the closing
   * reload waits for neither. Not called when the update falls back to a full build, nor after a failure.
   */
  public BuildResult update(Set<Path> changed, Consumer<List<String>> pagesReady, LongConsumer written) {
    // The data files of the previous edit are left half done: they are written again after this one.
    // Nothing waits for that work to stop, as the work after a reload runs on one thread, in order.
    stopAfterReload();
    if (changed.isEmpty()) {
      return full();
    }
    // The files of failed edits are read again with this one: a sheet left broken stays reported
    // (a build would fail on it), and the edits that failed with it are not lost.
    Set<Path> files = new TreeSet<>(changed);
    files.addAll(unapplied);
    unapplied.clear();
    // A deleted sheet file is known too, but only a full build takes its pages away; and only a
    // full build makes again a preview folder that was removed (a clean-up of temporary folders).
    if (state == null || !files.stream().allMatch(p -> state.byFile().containsKey(abs(p)) && Files.isRegularFile(p))
        || !Files.isDirectory(config.out())) {
      return full();
    }
    try {
      BuildResult r = incremental(files, pagesReady, written);
      if (!r.published() && state != null) {
        unapplied.addAll(files);
      }
      return r;
    } catch (RuntimeException | Error e) {
      // A fault (a file gone mid-way): the index in memory may be
      // half-updated, so the next rebuild starts again from a full build.
      state = null;
      throw e;
    }
  }

  private BuildResult incremental(Set<Path> changed, Consumer<List<String>> pagesReady, LongConsumer written) {
    return incremental(changed, pagesReady, written, false);
  }

  /**
   * An edit of the {@code changed} sheet files; {@code dry}: a dry run ({@link #dryRuns}) of files
   * the content holds as they are, which writes nothing and leaves the state as it was, and returns
   * null where a real edit would go on to a full build, fail, or put the edit away.
   */
  private BuildResult incremental(Set<Path> changed, Consumer<List<String>> pagesReady, LongConsumer written, boolean dry) {
    long start = System.nanoTime();
    Map<String, Duration> times = new LinkedHashMap<>();
    Diagnostics diags = new Diagnostics();
    Map<SheetRef, Sheet> edited = new HashMap<>();
    SheetNames.Edit names = state.content().names().edit();
    boolean moved = timed(times, "load", () -> load(changed, edited, names, diags));
    if (dry && (moved || diags.hasErrors() || !edited.values().stream().allMatch(s -> state.index().findSheet(s.ref()).orElseThrow().equals(s)))) {
      // Not as the content holds it (saved during the build): a dry run must not put it in the search index.
      return null;
    }
    if (moved) {
      // A sheet that moved to another id or year changes URLs: only a full build gets that right.
      return diags.hasErrors() ? failed(diags, start) : full();
    }
    if (diags.hasErrors()) {
      return failed(diags, start);
    }
    // What a full build warns about the edited sheets across the others: names spelt two ways, related sheets missing, no slug,
    // numbers shared where the join may be wrong.
    SheetNames namesAfter = timed(times, "load", () -> names.warn(state.content(), diags));
    SiteIndex before = state.index();
    SiteIndex index = timed(times, "index", () -> before.withSheets(edited.values()));
    if (!EditScope.samePages(before, index, edited.keySet())) {
      return dry ? null : full();
    }
    // A language version is made with the site's theme: kokai's own templates, or the city's.
    EditScope scope = EditScope.of(before, index, edited.keySet(), state.renderer().ownTemplates());
    // The site and each language version its build makes (en/), as the edit leaves them: the site first.
    List<Version> sites = new ArrayList<>();
    sites.add(new Version(index, state.renderer()));
    state.versions().forEach(v -> sites.add(new Version(v.index().withSheets(edited.values()), v.renderer())));
    List<Version> versions = List.copyOf(sites.subList(1, sites.size()));
    // The pages of the edit, by their path in the site's folder; a version's are the same in its own.
    List<String> editedPages = edited.keySet().stream().map(r -> Links.file(sheetUrl(index, r))).toList();
    // The search page waits for its index, written after the pages.
    List<String> otherPages = Stream.concat(
            scope.listings().stream().filter(u -> !u.equals(SiteIndex.SEARCH)),
            scope.sheets().stream().filter(r -> !edited.containsKey(r)).map(r -> sheetUrl(index, r)))
        .map(Links::file).toList();
    // Two rounds, each over the site and then its versions, each version's pages told as soon as
    // they are written: first the edited sheets' own pages in every language, then the other pages
    // of the edit (listings, the project's other years). The few sheet pages take milliseconds and
    // the listings most of the edit's time, so a browser showing an edited sheet, in whichever
    // language, reloads without waiting for any listing; the site's listings come before the
    // versions'. The comparison pages that show an edited sheet are its project's, made with its page.
    record Round(String step, Predicate<Sheet> sheetPages, Predicate<Sheet> comparisons, Set<String> listings, List<String> pages) {}
    List<Round> rounds = new ArrayList<>(List.of(
        new Round("sheet", s -> edited.containsKey(s.ref()), s -> edited.containsKey(s.ref()), Set.of(), editedPages)));
    // An edit of what the sheet's page alone shows has no other page: no round that looks at every sheet for none.
    if (!scope.listings().isEmpty() || !edited.keySet().containsAll(scope.sheets())) {
      rounds.add(new Round("render", s -> scope.sheets().contains(s.ref()) && !edited.containsKey(s.ref()), s -> false,
          scope.listings(), otherPages));
    }
    PreviewSink sink = dry ? PreviewSink.discarding() : PreviewSink.undoable(config.out(), unwritten);
    // The search index's part of the edit needs no page: once the edited sheets' own pages are out
    // (they come first), it is made beside the other pages, on a thread of its own, its files taken
    // back with the pages' if a page fails.
    IncrementalSearchIndex search = state.search();
    PreviewSink searchSink = dry ? PreviewSink.discarding() : PreviewSink.undoable(config.out(), unwritten);
    CompletableFuture<List<String>> searched = null;
    // A fault part-way (a template that recurses without end, a file gone) takes back the pages
    // written so far, as a failed edit does.
    try {
      int rendered = 0;
      for (Round round : rounds) {
        for (Version v : sites) {
          RenderResult pages = timed(times, round.step(), () -> v.renderer().renderEdit(v.index(), v.into(sink),
              round.sheetPages(), round.comparisons(), round.listings()));
          // What a version says that the site said already (or an earlier round) is said once, as a build says it.
          diags.addUnsaid(pages.diagnostics());
          if (diags.hasErrors()) {
            // The pages already out, told or not, are put back, so that no page shows the failed edit.
            sink.undo();
            putBack(searched, search, searchSink, before, edited.keySet());
            return failed(diags, start);
          }
          rendered += pages.pages();
          tell(pagesReady, sink, round.pages().stream().map(u -> v.index().folder() + u));
        }
        if (searched == null && search != null) {
          searched = CompletableFuture.supplyAsync(() -> search.replace(edited.values(), searchSink).removed(), searching);
        }
      }
      // A Markdown page may link to an element the edit took away (#indicator-3), as a build would say.
      diags.addAll(timed(times, "links", () -> pageLinks(index, versions.stream().map(Version::index).toList(), scope, edited.keySet())));
      if (diags.hasErrors()) {
        sink.undo();
        putBack(searched, search, searchSink, before, edited.keySet());
        return failed(diags, start);
      }
      // Every page of the edit rendered: what follows is not taken back, so nothing more to remember.
      sink.commit();
      if (searched != null) {
        CompletableFuture<List<String>> patched = searched;
        // The step's time is what the pages waited for.
        timed(times, "search", () -> joined(patched)).forEach(searchSink::delete);
        searchSink.commit();
      }
      // Every file the open pages read is out: they may reload while the rest of the edit is put away.
      long files = sink.files() + searchSink.files();
      long unchanged = sink.unchanged() + searchSink.unchanged();
      written.accept(files - unchanged);
      if (dry) {
        return null;
      }
      Set<Path> read = new HashSet<>();
      changed.forEach(f -> read.add(abs(f)));
      standing.removeIf(d -> read.contains(abs(d.location().file())));
      diags.sorted().stream().filter(d -> !d.isError()).forEach(standing::add);
      Content content = state.content().withSheets(edited, namesAfter);
      state = new State(content, index, state.renderer(), state.byFile(), state.search(), versions);
      scheduleAfterReload(sites.stream()
          .map(v -> new StageContext(content, v.index(), sink, new Diagnostics(), config, v.renderer())).toList());
      return new BuildResult(true, diags.sorted(), rendered, content.sheets().size(), files, 0,
          Duration.ofNanos(System.nanoTime() - start), times, unchanged);
    } catch (RuntimeException | Error e) {
      sink.undoIfRemembered(e);
      if (searched != null) {
        // The next edit builds everything again (the index in memory is dropped); its files are put back.
        searched.handle((removed, fault) -> null).join();
        searchSink.undoIfRemembered(e);
      }
      throw e;
    }
  }

  /**
   * Waits until the files of the last incremental update are on disk and for the part of it that
   * follows the reload (the extra stages other than search: site-wide data files, feed), and returns
   * that part's outcome; empty when there was none or a newer edit replaced it. Its {@code sheets}
   * are those serialised again for the site-wide lists, the site's and each language version's:
   * the edited ones, as the lists are spliced ({@link DataLayouts}), or all where a list was written whole.
   */
  public Optional<BuildResult> finish() {
    unwritten.flush();
    return awaitRest();
  }

  private Optional<BuildResult> awaitRest() {
    CompletableFuture<BuildResult> f = pending;
    if (f == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /**
   * The part of the last incremental update that follows the reload, running or done; empty when
   * none. It completes with null when a newer edit stopped it.
   */
  public Optional<CompletableFuture<BuildResult>> afterReload() {
    return Optional.ofNullable(pending);
  }

  /** Stops the part that follows the reload, if it still runs, and waits until it has stopped. */
  private void cancelAfterReload() {
    cancel.set(true);
    try {
      awaitRest();
    } catch (RuntimeException e) {
      // The failure of replaced work does not matter: the next build writes those files again.
    }
    pending = null;
    restContexts = null;
  }

  /**
   * Tells the part that follows the last reload to stop, without waiting for it: the next one is
   * queued behind it on the same thread.
   */
  private void stopAfterReload() {
    cancel.set(true);
  }

  /** Schedules the stages after the reload for the site and each language version ({@code contexts}, the site's first). */
  private void scheduleAfterReload(List<StageContext> contexts) {
    AtomicBoolean stop = new AtomicBoolean();
    cancel = stop;
    restContexts = contexts;
    pending = CompletableFuture.supplyAsync(() -> runRest(contexts, stop), background);
  }

  /** Stops the work that follows a reload. */
  @Override
  public void close() {
    cancelAfterReload();
    background.shutdownNow();
    searching.shutdownNow();
    unwritten.close();
  }

  private BuildResult runRest(List<StageContext> contexts, AtomicBoolean stop) {
    long start = System.nanoTime();
    Map<String, Duration> times = new LinkedHashMap<>();
    // The stages after the reload read and write the folder: the update's files first.
    unwritten.flush();
    PreviewSink sink = new PreviewSink(config.out(), stop::get);
    Diagnostics diags = contexts.get(0).diagnostics();
    int made = 0;
    try {
      for (StageContext c : contexts) {
        // A language version's files go into its folder; what it says, the site's said already.
        OutputSink into = OutputSink.under(c.index().folder(), sink);
        StageContext ctx = new StageContext(c.content(), c.index(), into, c.diagnostics(), config, c.renderer());
        for (BuildStage stage : stages) {
          if (stage instanceof DataStage data) {
            made += SiteBuild.stage(times, stage.name(), () -> data.afterEdit(ctx, sink));
          } else if (!(stage instanceof SearchStage)) {
            SiteBuild.stage(times, stage.name(), () -> {
              stage.run(ctx);
              return null;
            });
          }
        }
      }
    } catch (RuntimeException e) {
      if (stop.get()) {
        return null;
      }
      throw e;
    }
    return new BuildResult(!diags.hasErrors(), diags.sorted(), 0, made, sink.files(), 0,
        Duration.ofNanos(System.nanoTime() - start), times, sink.unchanged());
  }

  /**
   * After a failed edit: waits for its search index part, puts back the files it wrote and the
   * edited sheets' old versions in the index, so that both are the last good edit's again.
   */
  private static void putBack(CompletableFuture<List<String>> searched, IncrementalSearchIndex search, PreviewSink files,
      SiteIndex before, Set<SheetRef> edited) {
    if (searched == null) {
      return;
    }
    joined(searched);
    files.undo();
    search.replace(edited.stream().map(r -> before.findSheet(r).orElseThrow()).toList(), (path, bytes) -> { });
  }

  /** The outcome of work on another thread, its failure thrown as it was. */
  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Loads the changed files; true when one of them now holds another sheet (another id or year). */
  private boolean load(Set<Path> changed, Map<SheetRef, Sheet> edited, SheetNames.Edit names, Diagnostics diags) {
    for (Path p : changed) {
      SheetRef was = state.byFile().get(abs(p));
      // Read by the path the full build read it by, so a problem names the file as a build does
      // (content/sheets/…, not the watcher's full path).
      Path file = state.content().sources().getOrDefault(was, p);
      Optional<Sheet> s = loader.loadSheet(file, diags, names);
      if (s.isEmpty()) {
        continue;
      }
      if (!s.get().ref().equals(was)) {
        return true;
      }
      edited.put(s.get().ref(), s.get());
    }
    return false;
  }

  /** The state edits start from: the full build's content, index, search index and renderer (its theme's, opened once). */
  private State prepare(PreviewCapture capture) {
    StageContext ctx = capture.context();
    Map<Path, SheetRef> byFile = new HashMap<>();
    ctx.content().sources().forEach((ref, file) -> byFile.put(abs(file), ref));
    List<Version> versions = capture.versions().stream().map(v -> new Version(v.index(), v.renderer())).toList();
    return warmUp(new State(ctx.content(), ctx.index(), ctx.renderer(), byFile, capture.searchIndex(), versions));
  }

  /**
   * Goes through an edit of a few sheets without writing anything, so that the first real edit
   * finds the templates compiled, the listing rows rendered and the code of an update compiled (a
   * short-lived path runs interpreted at first, which at 10,000 sheets costs more than the work).
   */
  private static State warmUp(State s) {
    // Groups the sheets' names, which the first edit's warnings look at.
    s.content().names().edit();
    List<Sheet> sheets = s.index().sheets();
    for (int i = 0; i < WARM_UP_ROUNDS && !sheets.isEmpty(); i++) {
      Sheet sheet = sheets.get(i * 7919 % sheets.size());
      SiteIndex after = s.index().withSheets(List.of(sheet));
      EditScope.samePages(s.index(), after, List.of(sheet.ref()));
      EditScope scope = EditScope.of(s.index(), after, List.of(sheet.ref()));
      if (i % 8 == 0) {
        s.renderer().renderEdit(after, (path, bytes) -> { }, x -> scope.sheets().contains(x.ref()), x -> x.ref().equals(sheet.ref()),
            scope.listings());
        if (s.search() != null) {
          s.search().replace(List.of(sheet), (path, bytes) -> { });
          s.search().warmUp();
        }
      }
    }
    return s;
  }

  private static final int WARM_UP_ROUNDS = 24;

  /**
   * Goes through the edit of a few sheets as {@link #update} does, each sheet as the content holds
   * it, into sinks that keep nothing: after {@link #warmUp}, which runs the edit's parts on their
   * own, this runs the edit's own code (loading the file, the names' warnings, the sinks, the
   * rounds of pages, the links, the search index's thread), which otherwise runs interpreted at the
   * first edit after a start. The preview folder, the site as the preview holds it and the search
   * index (given the same sheets again, as {@link #warmUp} gives it) stay as they were. A fault
   * drops the state, as it does in an edit: the next edit builds everything again.
   */
  private void dryRuns() {
    List<Sheet> sheets = state.index().sheets();
    for (int i = 0; i < DRY_RUNS && !sheets.isEmpty() && state != null; i++) {
      Path file = state.content().sources().get(sheets.get(i * 7919 % sheets.size()).ref());
      if (file == null) {
        continue;
      }
      try {
        incremental(Set.of(file), pages -> { }, files -> { }, true);
      } catch (RuntimeException | Error e) {
        state = null;
      }
    }
  }

  private static final int DRY_RUNS = 3;

  /**
   * A failed edit. If the last good edit's data files were not all written when this edit stopped
   * that work, it starts again: the preview keeps showing that edit, all of it.
   */
  private BuildResult failed(Diagnostics diags, long start) {
    CompletableFuture<BuildResult> last = pending;
    boolean completed = last != null && last.isDone() && !last.isCompletedExceptionally() && last.getNow(null) != null;
    if (restContexts != null && !completed) {
      scheduleAfterReload(restContexts.stream()
          .map(c -> new StageContext(c.content(), c.index(), c.sink(), new Diagnostics(), config, c.renderer())).toList());
    }
    return new BuildResult(false, diags.sorted(), 0, state.content().sheets().size(), 0, 0,
        Duration.ofNanos(System.nanoTime() - start), Map.of(), 0);
  }

  /**
   * The problems of the Markdown pages' links, checked against the site as the edit leaves it
   * (written or still pending): the pages' own text is not edited here, but what they point at may
   * be. kokai's templates make their links with the pages they point at; a city's templates may
   * not, so with templates of its own the pages the edit rendered (the {@code edited} sheets' and
   * the {@code scope}'s) are checked too. The same for each language version ({@code versions}), in its folder.
   */
  private List<Diagnostic> pageLinks(SiteIndex index, List<SiteIndex> versions, EditScope scope, Set<SheetRef> edited) {
    boolean own = state.renderer().ownTemplates();
    if (index.pages().isEmpty() && !own) {
      return List.of();
    }
    LinkChecker links = new LinkChecker(config.out());
    Set<String> pages = new TreeSet<>();
    for (SiteIndex in : Stream.concat(Stream.of(index), versions.stream()).toList()) {
      String folder = in.folder();
      in.pages().forEach(p -> pages.add(folder + Links.file(in.pageUrl(p))));
      if (own) {
        Stream.concat(edited.stream(), scope.sheets().stream()).forEach(r -> pages.add(folder + Links.file(sheetUrl(in, r))));
        scope.listings().forEach(u -> pages.add(folder + Links.file(u)));
      }
    }
    for (String path : pages) {
      currentBytes(path).ifPresent(utf8 -> links.page(path, utf8));
    }
    return LinkSources.atSources(links.finish(new LinkChecker.SiteFiles() {
      @Override
      public boolean exists(String path) {
        PendingWrites.Entry e = unwritten.entry(path);
        return e != null ? e.bytes() != null : Files.isRegularFile(config.out().resolve(path));
      }

      @Override
      public Optional<String> text(String path) {
        return current(path);
      }
    }), index, versions, config);
  }

  /** A file of the preview's site as it is now: pending, or on disk; empty when there is none. */
  private Optional<String> current(String path) {
    return currentBytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** {@link #current} as its bytes, which the link check reads as they are. */
  private Optional<byte[]> currentBytes(String path) {
    PendingWrites.Entry e = unwritten.entry(path);
    if (e != null) {
      return Optional.ofNullable(e.bytes());
    }
    try {
      return Optional.of(Files.readAllBytes(config.out().resolve(path)));
    } catch (IOException gone) {
      return Optional.empty();
    }
  }

  /** Names the pages among {@code pages} that the edit changed, if any: an unchanged page need not reload. */
  private static void tell(Consumer<List<String>> pagesReady, PreviewSink sink, Stream<String> pages) {
    List<String> changed = pages.filter(sink::changed).sorted().toList();
    if (!changed.isEmpty()) {
      pagesReady.accept(changed);
    }
  }

  private static String sheetUrl(SiteIndex index, SheetRef ref) {
    return index.sheetUrl(index.findSheet(ref).orElseThrow());
  }

  private static Path abs(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static <T> T timed(Map<String, Duration> times, String name, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      times.merge(name, Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
    }
  }
}

package kokai.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kokai.diag.Diagnostics;
import kokai.load.Content;
import kokai.load.ContentLoader;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import kokai.publish.Sitemap;
import kokai.render.RenderResult;
import kokai.render.SiteRenderer;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * The preview's build: a full {@link SiteBuild} first, then, when only existing sheet files were
 * edited, a rebuild of just what they show on: the edited sheets, the sheets that link to them
 * (the same project's other years, the neighbours in the listing), every listing page, the extra
 * stages and the sitemap. Files are rewritten only where their bytes changed, each by a rename, so
 * the preview never serves a half-written file. Anything else (a new, deleted or renamed sheet, the
 * site config, the theme, pages) falls back to the full build, which publishes atomically.
 *
 * <pre>{@code
 * IncrementalBuild b = new IncrementalBuild(BuildConfig.of(content, preview));
 * BuildResult first = b.full();
 * BuildResult next = b.update(Set.of(content.resolve("sheets/2022/088.yaml")));
 * }</pre>
 */
public final class IncrementalBuild {
  private final BuildConfig config;
  private final List<BuildStage> stages;
  private final ContentLoader loader = new ContentLoader();
  private State state;

  /** What the last good build was made of. */
  private record State(Content content, SiteConfig site, SiteRenderer renderer, Map<Path, SheetRef> byFile) {}

  public IncrementalBuild(BuildConfig config) {
    this(config, SiteBuild.standardStages());
  }

  public IncrementalBuild(BuildConfig config, List<BuildStage> stages) {
    this.config = config;
    this.stages = List.copyOf(stages);
  }

  /** A full build; on success the next {@link #update} can be incremental. */
  public BuildResult full() {
    BuildResult r = new SiteBuild(stages).run(config);
    state = null;
    if (r.published()) {
      state = prepare().orElse(null);
    }
    return r;
  }

  /** Rebuilds after the given files changed: incrementally when only sheet files were edited. */
  public BuildResult update(Set<Path> changed) {
    if (state == null || changed.isEmpty() || !changed.stream().allMatch(p -> state.byFile().containsKey(abs(p)))) {
      return full();
    }
    long start = System.nanoTime();
    Diagnostics diags = new Diagnostics();
    Map<SheetRef, Sheet> edited = new HashMap<>();
    for (Path p : changed) {
      Optional<Sheet> s = loader.loadSheet(state.content().root(), p, diags);
      if (s.isEmpty() || !s.get().ref().equals(state.byFile().get(abs(p)))) {
        // A sheet that moved to another id or year changes URLs: only a full build gets that right.
        return diags.hasErrors() ? failed(diags, start) : full();
      }
      edited.put(s.get().ref(), s.get());
    }
    if (diags.hasErrors()) {
      return failed(diags, start);
    }
    List<Sheet> sheets = state.content().sheets().stream().map(s -> edited.getOrDefault(s.ref(), s)).toList();
    Content content = new Content(state.content().root(), state.content().site(), sheets, state.content().pages(),
        state.content().sources());
    SiteIndex oldIndex = index(state.content());
    SiteIndex index = index(content);
    Set<SheetRef> affected = new HashSet<>(edited.keySet());
    for (SiteIndex ix : List.of(oldIndex, index)) {
      for (SheetRef ref : edited.keySet()) {
        Sheet s = ix.findSheet(ref).orElseThrow();
        ix.otherYears(s).forEach(o -> affected.add(o.ref()));
        ix.previous(s).ifPresent(o -> affected.add(o.ref()));
        ix.next(s).ifPresent(o -> affected.add(o.ref()));
      }
    }
    AtomicLong written = new AtomicLong();
    AtomicLong files = new AtomicLong();
    OutputSink sink = (path, bytes) -> {
      files.incrementAndGet();
      if (writeIfChanged(config.out().resolve(path), bytes)) {
        written.incrementAndGet();
      }
    };
    RenderResult pages = state.renderer().render(index, sink, s -> affected.contains(s.ref()));
    diags.addAll(pages.diagnostics());
    StageContext ctx = new StageContext(content, index, sink, diags, config);
    for (BuildStage stage : stages) {
      try {
        stage.run(ctx);
      } catch (Exception e) {
        throw new StageFailure(stage.name(), e);
      }
    }
    if (state.site().baseUrl() != null) {
      sink.write("sitemap.xml", Sitemap.xml(state.site().baseUrl(), pages.listedUrls()));
    }
    if (diags.hasErrors()) {
      return failed(diags, start);
    }
    state = new State(content, state.site(), state.renderer(), state.byFile());
    return new BuildResult(true, diags.sorted(), pages.pages(), sheets.size(), files.get(), 0,
        Duration.ofNanos(System.nanoTime() - start), Map.of(), files.get() - written.get());
  }

  private SiteIndex index(Content c) {
    return SiteIndex.build(state.site(), c.sheets(), c.pages());
  }

  private Optional<State> prepare() {
    Diagnostics diags = new Diagnostics();
    Optional<Content> content = loader.load(config.content()).content();
    if (content.isEmpty()) {
      return Optional.empty();
    }
    SiteConfig site = SiteBuild.withBaseUrl(content.get().site(), config.baseUrl());
    Map<Path, SheetRef> byFile = new HashMap<>();
    content.get().sources().forEach((ref, file) -> byFile.put(abs(file), ref));
    return SiteRenderer.open(config.themes(), site, diags).map(r -> new State(content.get(), site, r, byFile));
  }

  private BuildResult failed(Diagnostics diags, long start) {
    return new BuildResult(false, diags.sorted(), 0, state.content().sheets().size(), 0, 0,
        Duration.ofNanos(System.nanoTime() - start), Map.of(), 0);
  }

  private static Path abs(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** Replaces the file by a rename when its bytes differ; true when it was written. */
  private static boolean writeIfChanged(Path file, byte[] bytes) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
        return false;
      }
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("." + file.getFileName() + ".kokai-tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

}

package kokai.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import kokai.search.IncrementalSearchIndex;

/**
 * Keeps what the full build made for the next incremental update: its content and site index (as
 * the last stage sees them), for the site and for each language version the build makes beside it
 * ({@code en/}), and the site's search index (written by the search stage it replaces), which the
 * versions share.
 */
final class PreviewCapture implements BuildStage {
  /** By the version's folder: "" for the site, {@code en/} for a language version. */
  private final Map<String, StageContext> contexts = new ConcurrentSkipListMap<>();
  private volatile IncrementalSearchIndex searchIndex;

  @Override
  public String name() {
    return "preview state";
  }

  @Override
  public void run(StageContext ctx) {
    contexts.put(ctx.index().folder(), ctx);
  }

  /** The site's own. */
  StageContext context() {
    return contexts.get("");
  }

  /** The language versions' beside it, by folder. */
  List<StageContext> versions() {
    return contexts.entrySet().stream().filter(e -> !e.getKey().isEmpty()).map(Map.Entry::getValue).toList();
  }

  /** The site's search index, which its language versions share; null when the build wrote none. */
  IncrementalSearchIndex searchIndex() {
    return searchIndex;
  }

  BuildStage search() {
    return new BuildStage() {
      @Override
      public String name() {
        return "search";
      }

      @Override
      public void run(StageContext ctx) {
        IncrementalSearchIndex written = IncrementalSearchIndex.of(ctx.index());
        written.writeAll(ctx.sink());
        searchIndex = written;
      }

      @Override
      public boolean perVersion() {
        return false;
      }
    };
  }
}

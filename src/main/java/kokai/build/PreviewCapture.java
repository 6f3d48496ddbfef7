package kokai.build;

import kokai.search.IncrementalSearchIndex;

/**
 * Keeps what the full build made for the next incremental update: its content and site index
 * (as the last stage sees them) and its search index (written by the search stage it replaces);
 * the site's own, not those of a language version the build makes beside it.
 */
final class PreviewCapture implements BuildStage {
  private volatile StageContext context;
  private volatile IncrementalSearchIndex searchIndex;

  @Override
  public String name() {
    return "preview state";
  }

  @Override
  public void run(StageContext ctx) {
    if (ctx.index().folder().isEmpty()) {
      context = ctx;
    }
  }

  StageContext context() {
    return context;
  }

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
        if (ctx.index().folder().isEmpty()) {
          searchIndex = written;
        }
      }
    };
  }
}

package kokai.build;

import java.util.Optional;
import kokai.diag.SourceLocation;
import kokai.load.ContentLoader;
import kokai.load.SheetSchema;
import kokai.render.data.DataFiles;
import kokai.render.feed.AtomFeed;
import kokai.site.SiteIndex;

/**
 * Writes the site-wide data downloads ({@code data/sheets.csv}, {@code data/sheets.json},
 * {@code data/costs.csv}, their English variants, the JSON Schema) and the Atom feed. The
 * per-sheet files are written with the sheet pages, which list them with their sizes.
 */
final class DataStage implements BuildStage {
  @Override
  public String name() {
    return "data";
  }

  @Override
  public void run(StageContext ctx) {
    SiteIndex index = ctx.index();
    // Streamed: the site-wide files of a large city do not fit in memory.
    new DataFiles(index.config()).writeSite(index.sheets(), SheetSchema.sheet(), ctx.sink()::open);
    AtomFeed feed = feed(ctx);
    if (feedWritten(feed, ctx)) {
      feed.write(index.sheets(), index::sheetUrl, ctx.sink().open(AtomFeed.PATH));
    }
  }

  /** The files' names and the feed's warning, without the files: a check's sink keeps only names. */
  @Override
  public void check(StageContext ctx) {
    SiteIndex index = ctx.index();
    new DataFiles(index.config()).sitePaths().forEach(p -> ctx.sink().write(p, new byte[0]));
    if (feedWritten(feed(ctx), ctx)) {
      ctx.sink().write(AtomFeed.PATH, new byte[0]);
    }
  }

  /** Whether the site has a feed; warns why not when it has none. */
  private static boolean feedWritten(AtomFeed feed, StageContext ctx) {
    Optional<AtomFeed.NoFeed> why = feed.whyNone(ctx.index().sheets());
    why.ifPresent(w -> ctx.diagnostics().warning(SourceLocation.of(ContentLoader.siteConfigFile(ctx.config().content())),
        w.field(), w.message(), w.hint()));
    return why.isEmpty();
  }

  /** The feed, labelled in the site's language from the theme the build rendered with. */
  private static AtomFeed feed(StageContext ctx) {
    return new AtomFeed(ctx.index().config(), ctx.renderer().interfaceText());
  }
}

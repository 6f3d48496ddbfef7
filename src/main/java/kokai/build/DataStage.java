package kokai.build;

import java.nio.file.Path;
import kokai.diag.SourceLocation;
import kokai.load.SheetSchema;
import kokai.render.SiteRenderer;
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
    AtomFeed feed = new AtomFeed(index.config(), SiteRenderer.interfaceText(ctx.config().themes(), index.config()));
    feed.whyNone(index.sheets()).ifPresentOrElse(
        why -> ctx.diagnostics().warning(SourceLocation.of(siteConfig(ctx.config().content())), "baseUrl", why,
            "set baseUrl (and published) in site.yaml, or pass --base-url to the build"),
        () -> feed.write(index.sheets(), index::sheetUrl, ctx.sink().open(AtomFeed.PATH)));
  }

  private static Path siteConfig(Path content) {
    return content.resolve("site.yaml");
  }
}

package kokai.build;

import java.nio.file.Path;
import kokai.diag.SourceLocation;
import kokai.load.SheetSchema;
import kokai.render.data.DataFile;
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
    for (DataFile f : new DataFiles(index.config()).ofSite(index.sheets(), SheetSchema.sheet())) {
      ctx.sink().write(f.path(), f.bytes());
    }
    AtomFeed feed = new AtomFeed(index.config());
    feed.write(index.sheets(), index::sheetUrl).ifPresentOrElse(
        bytes -> ctx.sink().write(AtomFeed.PATH, bytes),
        () -> feed.whyNone(index.sheets()).ifPresent(why -> ctx.diagnostics().warning(
            SourceLocation.of(siteConfig(ctx.config().content())), "baseUrl", why,
            "set baseUrl (and published) in site.yaml, or pass --base-url to the build")));
  }

  private static Path siteConfig(Path content) {
    return content.resolve("site.yaml");
  }
}

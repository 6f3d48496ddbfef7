package kokai.build;

import java.util.List;
import java.util.Optional;
import kokai.diag.SourceLocation;
import kokai.load.ContentLoader;
import kokai.load.SheetSchema;
import kokai.model.Sheet;
import kokai.render.data.DataFile;
import kokai.render.data.DataFiles;
import kokai.render.data.SheetList;
import kokai.render.feed.AtomFeed;
import kokai.site.SiteIndex;

/**
 * Writes the site-wide data downloads ({@code data/sheets.csv}, {@code data/sheets.json},
 * {@code data/costs.csv}, their English variants, the JSON Schema) and the Atom feed. The
 * per-sheet files are written with the sheet pages, which list them with their sizes.
 *
 * <p>In the preview the stage is given {@link DataLayouts}: its build notes where each sheet lies in
 * the lists, and after an edit ({@link #afterEdit}) only the edited sheets are serialised again.
 */
final class DataStage implements BuildStage {
  /** Where the preview notes the lists' layout; null in a build, which keeps nothing. */
  private final DataLayouts layouts;

  DataStage() {
    this(null);
  }

  DataStage(DataLayouts layouts) {
    this.layouts = layouts;
  }

  @Override
  public String name() {
    return "data";
  }

  @Override
  public void run(StageContext ctx) {
    SiteIndex index = ctx.index();
    DataFiles data = new DataFiles(index.config());
    if (layouts == null) {
      // Streamed: the site-wide files of a large city do not fit in memory.
      data.writeSite(index.sheets(), SheetSchema.sheet(), ctx.sink()::open);
    } else {
      for (SheetList list : data.lists(index.sheets())) {
        layouts.writeWhole(index.folder() + list.path(), list, index.sheets(), ctx.sink().open(list.path()));
      }
      writeSchema(data, ctx);
    }
    writeFeed(ctx);
  }

  /**
   * After an edit in the preview, {@code ctx} writing into {@code sink} (under the version's
   * folder): each list made again from the file written last with the pieces of the edited sheets
   * alone, or whole where that cannot be (see {@link DataLayouts#splice}). Returns how many sheets
   * were serialised again for the lists; at most that many per list. Only for the preview's stage,
   * made with layouts.
   */
  int afterEdit(StageContext ctx, PreviewSink sink) {
    SiteIndex index = ctx.index();
    List<Sheet> sheets = index.sheets();
    DataFiles data = new DataFiles(index.config());
    int made = 0;
    for (SheetList list : data.lists(sheets)) {
      String at = index.folder() + list.path();
      int spliced = layouts.splice(at, list, sheets, sink);
      if (spliced < 0) {
        spliced = sheets.size();
        layouts.writeWhole(at, list, sheets, ctx.sink().open(list.path()));
        if (sink.stopped()) {
          // The file was left as it was: its layout is not the one noted.
          layouts.forget(at);
        }
        layouts.settle();
      }
      made = Math.max(made, spliced);
    }
    writeSchema(data, ctx);
    writeFeed(ctx);
    return made;
  }

  private static void writeSchema(DataFiles data, StageContext ctx) {
    DataFile schema = data.schema(SheetSchema.sheet());
    ctx.sink().write(schema.path(), schema.bytes());
  }

  private static void writeFeed(StageContext ctx) {
    SiteIndex index = ctx.index();
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

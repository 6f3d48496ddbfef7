package kokai.build;

import kokai.search.SearchIndexWriter;

/**
 * Writes the search index ({@code search/index/}) that {@code assets/js/search.js} on the search
 * page loads; see {@link SearchIndexWriter} for the files.
 */
final class SearchStage implements BuildStage {
  private final SearchIndexWriter writer = new SearchIndexWriter();

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void run(StageContext ctx) {
    writer.write(ctx.index(), ctx.sink());
  }

  /**
   * The index holds the sheets' words and no word of the interface (a result's fiscal year is its
   * number, which the search page names): a language version's search page loads the site's.
   */
  @Override
  public boolean perVersion() {
    return false;
  }

  /** Of the index, pages link only to its manifest (the search script loads the rest); nothing here can go wrong with the content. */
  @Override
  public void check(StageContext ctx) {
    ctx.sink().write(SearchIndexWriter.MANIFEST, new byte[0]);
  }
}

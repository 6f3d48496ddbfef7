package kokai.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kokai.model.Projects;
import kokai.model.Sheet;
import kokai.site.Department;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * Writes the search index of a site as small script files that a page loads with {@code <script>}
 * tags, so the search works over {@code http://} and from {@code file://} alike. Each file calls
 * one registration function of {@code search.js}:
 * <ul>
 *   <li>{@code search/index/manifest.js}: {@code kokaiSearch.manifest({...})}, the shard count
 *       and layout;
 *   <li>{@code search/index/s/<n>.js}: {@code kokaiSearch.shard(n, {key: postings})}, the keys
 *       whose hash falls in shard n, so a query loads only the shards of its own n-grams;
 *   <li>{@code search/index/a.js}: {@code kokaiSearch.aliases({key: value})}, the filter values
 *       known by other names, keyed as the index keys them: a department by the slug of its page
 *       ({@code " deducation": "教育局"}), loaded only when an address names a value the search
 *       page's lists do not have;
 *   <li>{@code search/index/m/<n>.js}, {@code o/<n>.js} and {@code t/<n>.js}: what results show,
 *       loaded only for the results shown: small metadata files (URL, number, title, department,
 *       division, fiscal year) to draw a result at once, and for its snippet the text of the
 *       document's overview or of the rest; see {@link DocumentFiles}.
 * </ul>
 * Documents are numbered by fiscal year (newest first), then id: the order of equal-ranked results.
 * The same sheets give the same bytes.
 *
 * <pre>{@code
 * SearchIndexStats stats = new SearchIndexWriter().write(siteIndex, outputSink);
 * }</pre>
 */
public final class SearchIndexWriter {
  /** Where the index files go, relative to the site root. */
  public static final String DIRECTORY = "search/index/";
  /** The file the search page loads first, which says how to find the rest. */
  public static final String MANIFEST = DIRECTORY + "manifest.js";
  /** The filter values by other names: see {@link #aliases}. */
  static final String ALIASES = DIRECTORY + "a.js";

  /**
   * Aim for shard files of about this many bytes: fewer bytes per query, more files. A key loads
   * its whole shard, so the other keys there are bytes the query did not need; 2 KB instead of 4
   * (since the fifteenth landing) halves them, for twice the shard files.
   */
  public static final int DEFAULT_SHARD_BYTES = 2 * 1024;

  /**
   * Documents per metadata file. Results of a query are spread over the whole index, so a larger
   * group seldom saves a request and costs bytes; four keeps a page of ten results under 6 KB of
   * metadata with a quarter of the files of one per document.
   */
  public static final int DEFAULT_META_PER_FILE = 4;

  /**
   * Since 10, a metadata row holds the fiscal year's number, which the search page names in its
   * language; since 11, dashes and wave dashes are indexed folded ({@link SearchText#fold}); since
   * 12, İ is indexed as i ({@link SearchText#lower}).
   */
  static final int FORMAT = 12;

  private final int shardBytes;
  private final int metaPerFile;
  private final int sharedAt;

  public SearchIndexWriter() {
    this(DEFAULT_SHARD_BYTES, DEFAULT_META_PER_FILE);
  }

  public SearchIndexWriter(int shardBytes, int metaPerFile) {
    this(shardBytes, metaPerFile, SharedTexts.DEFAULT_THRESHOLD);
  }

  /** With {@code sharedAt}, the documents that must have a field before it is a {@link SharedTexts shared text}. */
  SearchIndexWriter(int shardBytes, int metaPerFile, int sharedAt) {
    if (shardBytes < 256 || metaPerFile < 1) {
      throw new IllegalArgumentException("shard bytes must be at least 256 and documents per metadata file at least 1");
    }
    this.shardBytes = shardBytes;
    this.metaPerFile = metaPerFile;
    this.sharedAt = sharedAt;
  }

  /** The fields this index keeps the positions of once: see {@link SharedTexts}. */
  SharedTexts sharedTexts() {
    return new SharedTexts(sharedAt);
  }

  /** Indexes every sheet of the site; results link to the sheet pages' index.html, as every link of the site does. */
  public SearchIndexStats write(SiteIndex index, OutputSink sink) {
    return IncrementalSearchIndex.of(index, this).writeAll(sink);
  }

  /**
   * Each department's name by the slug of its page's address (departments/education/), but for a
   * slug that is another department's name, which the name keeps.
   */
  static Map<String, String> slugs(SiteIndex index) {
    Map<String, String> out = new TreeMap<>();
    Set<String> names = index.departments().stream().map(Department::name).collect(Collectors.toSet());
    for (Department d : index.departments()) {
      if (!names.contains(d.slug())) {
        out.put(d.slug(), d.name());
      }
    }
    return out;
  }

  /**
   * The aliases file: {@code kokaiSearch.aliases({...})} with each department's filter key by its
   * slug, so that a link made from a department page's address ({@code ?dept=education}) filters
   * by that department; {@code search.js} loads it only for a value its lists lack.
   */
  static byte[] aliases(Map<String, String> departmentSlugs) {
    StringBuilder b = new StringBuilder("kokaiSearch.aliases({");
    new TreeMap<>(departmentSlugs).forEach((slug, name) -> {
      if (b.charAt(b.length() - 1) != '{') {
        b.append(',');
      }
      Js.string(b, FilterKey.DEPARTMENT.key(slug));
      b.append(':');
      Js.string(b, name);
    });
    return b.append("});\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Indexes the sheets and writes every file through the sink.
   *
   * @param urlOf the address of the sheet's page relative to the site root, such as {@code 2022/088/index.html};
   *     called from several threads
   */
  public SearchIndexStats write(List<Sheet> sheets, Function<Sheet, String> urlOf, OutputSink sink) {
    // One path for full and incremental indexes, so the preview's files equal a build's.
    return new IncrementalSearchIndex(this, sheets, urlOf).writeAll(sink);
  }

  /** The documents of the sheets in document order: fiscal year (newest first), then id. */
  static List<SheetDocument> documents(List<Sheet> sheets, Function<Sheet, String> urlOf) {
    return sheets.stream()
        .sorted(Projects.NEWEST_FIRST)
        .parallel()
        .map(s -> SheetDocument.of(s, urlOf.apply(s)))
        .toList();
  }

  /** The writer of what results show, metadata and texts, in this index's grouping. */
  DocumentFiles documentFiles() {
    return new DocumentFiles(metaPerFile);
  }

  /** The smallest power of two longer than every zone, so zone and offset share one number. */
  static long span(int max) {
    return Long.highestOneBit(Math.max(1, max)) << 1;
  }

  /** Keys of the filter values, starting with a space so that no n-gram can equal them. */
  static List<String> filterKeys(SheetDocument doc) {
    TreeSet<String> keys = new TreeSet<>();
    keys.add(FilterKey.YEAR.key(Integer.toString(doc.sheet().fiscalYear())));
    keys.add(FilterKey.DEPARTMENT.key(doc.department()));
    for (int goal : doc.sheet().sdgs()) {
      keys.add(FilterKey.SDG.key(Integer.toString(goal)));
    }
    if (doc.direction() != null) {
      keys.add(FilterKey.DIRECTION.key(doc.direction()));
    }
    return List.copyOf(keys);
  }

  /** What a key adds to the size of the shards, from which their number follows. */
  static long encodedSize(String key, String postings) {
    return key.length() * 3L + postings.length() + 6;
  }

  /**
   * The number of shards for keys of this total {@link #encodedSize}: the size over the target,
   * kept to its five leading binary digits (rounded down, so shards grow by at most a sixteenth).
   * A count that followed every byte would change with one edit in a few dozen at 10,000 sheets,
   * and a new count moves nearly every key to another shard: the preview and an upload would
   * write every shard again. Now the count changes only when the index grows or shrinks by some
   * percent. A full build computes the same, so the preview's files still equal a build's.
   */
  int shardCount(long encodedSize) {
    long exact = Math.max(1, (encodedSize + shardBytes - 1) / shardBytes);
    int dropped = Math.max(0, 64 - Long.numberOfLeadingZeros(exact) - SHARD_COUNT_DIGITS);
    return (int) (exact >>> dropped << dropped);
  }

  /** Binary digits kept of the shard count; see {@link #shardCount}. */
  static final int SHARD_COUNT_DIGITS = 5;

  /** Shard file {@code n} holding the keys of {@code part}, sorted by key. */
  static byte[] shard(int n, Map<String, String> part) {
    StringBuilder b = new StringBuilder("kokaiSearch.shard(").append(n).append(',');
    Js.postingsMap(b, part);
    return b.append(");\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static String shardPath(int n) {
    return DIRECTORY + "s/" + n + ".js";
  }

  /** FNV-1a over UTF-16 units; {@code search.js} computes the same. */
  static int shardOf(String key, int shards) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 16777619;
    }
    return (int) (Integer.toUnsignedLong(h) % shards);
  }

  byte[] manifest(int docs, int shards, long span) {
    String js = "kokaiSearch.manifest({\"format\":" + FORMAT + ",\"docs\":" + docs + ",\"shards\":" + shards
        + ",\"span\":" + span + ",\"metaPerFile\":" + metaPerFile + "});\n";
    return js.getBytes(StandardCharsets.UTF_8);
  }
}

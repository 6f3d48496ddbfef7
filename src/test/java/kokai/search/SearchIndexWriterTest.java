package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kokai.model.Organization;
import kokai.model.Overview;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {
  private static final String ALPHABET = "情報政策課市民ネッワク ";

  static Sheet sheet(int year, String id, String title, String activities) {
    return new Sheet(year, id, title, null, null, null, null, new Organization("総務部", "総務課", null), null, null,
        null, null, null, null, null, null, null, new Overview(null, null, activities), null, null, null, null, null,
        null, null, null);
  }

  static Map<String, byte[]> write(List<Sheet> sheets, int shardBytes) {
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    new SearchIndexWriter(shardBytes, 1).write(sheets, SearchSite::sheetUrl, files::put);
    return files;
  }

  /** Random texts over a small alphabet, so every gram of a word occurs far more often than the word. */
  @Test
  void findsExactlyTheDocumentsContainingEveryWord() {
    Random r = new Random(1);
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      sheets.add(sheet(2022, String.format("%03d", i), random(r, 4 + r.nextInt(8)), random(r, 20 + r.nextInt(200))));
    }
    List<List<String>> fields = fields(sheets);
    List<String> queries = new ArrayList<>();
    for (int q = 0; q < 300; q++) {
      queries.add((q % 3 == 0 ? piece(r, fields.get(r.nextInt(fields.size())).get(2)) : random(r, 1 + r.nextInt(7)))
          + (q % 5 == 0 ? " " + random(r, 2) : ""));
    }
    assertThat(findsExactly(new IndexReader(write(sheets, 512)), fields, queries)).isGreaterThan(100);
  }

  /** The normalised texts of sheets that all have one fiscal year, in document order (by id). */
  private static List<List<String>> fields(List<Sheet> sheets) {
    return sheets.stream()
        .sorted((a, b) -> SheetRef.NUMBER_ORDER.compare(a.id(), b.id()))
        .map(s -> List.of(SearchText.normalize(s.title()), s.id(), SearchText.normalize(s.overview().activities()),
            "総務部", "総務課"))
        .toList();
  }

  /**
   * Asserts that each query finds exactly the documents whose fields contain every word; returns
   * how many queries found any.
   */
  private static int findsExactly(IndexReader index, List<List<String>> fields, List<String> queries) {
    int nonEmpty = 0;
    for (String query : queries) {
      List<String> words = SearchText.words(query);
      if (words.isEmpty()) {
        continue;
      }
      Set<Integer> expected = new HashSet<>();
      for (int d = 0; d < fields.size(); d++) {
        List<String> f = fields.get(d);
        if (words.stream().allMatch(w -> f.stream().anyMatch(t -> t.contains(w)))) {
          expected.add(d);
        }
      }
      nonEmpty += expected.isEmpty() ? 0 : 1;
      assertThat(index.find(query)).as("query '%s'", query).isEqualTo(expected);
    }
    return nonEmpty;
  }

  /**
   * Titles and activities that many sheets share word for word, as real sheets share their
   * evaluation comments: indexed once ({@link SharedTexts}), they are still found exactly, alone,
   * with other words, and beside the same words elsewhere in a sheet.
   */
  @Test
  void findsExactlyTheDocumentsContainingEveryWordInSharedTexts() {
    Random r = new Random(3);
    List<String> common = java.util.stream.IntStream.range(0, 6).mapToObj(i -> random(r, 8 + r.nextInt(40))).toList();
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String title = i % 3 == 0 ? common.get(r.nextInt(2)) : random(r, 4 + r.nextInt(8));
      String activities = r.nextInt(4) == 0 ? random(r, 20 + r.nextInt(100)) : common.get(r.nextInt(common.size()));
      sheets.add(sheet(2022, String.format("%03d", i), title, activities));
    }
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // written from several threads
    new SearchIndexWriter(512, 1, 3).write(sheets, SearchSite::sheetUrl, files::put);
    IndexReader index = new IndexReader(files);
    List<String> queries = new ArrayList<>();
    for (int q = 0; q < 300; q++) {
      queries.add((q % 2 == 0 ? piece(r, SearchText.normalize(common.get(r.nextInt(common.size()))))
          : random(r, 1 + r.nextInt(9))) + (q % 5 == 0 ? " " + random(r, 2) : ""));
    }
    assertThat(findsExactly(index, fields(sheets), queries)).isGreaterThan(100);
    assertThat(index.sharedTextsRead()).as("shared texts whose documents a query read").isGreaterThan(4);
  }

  /** A piece of a text, up to three times as long as the longest word with a document list: a phrase someone copies. */
  private static String piece(Random r, String text) {
    int length = Math.min(text.length(), 1 + r.nextInt(3 * Grams.LISTED));
    int from = r.nextInt(text.length() - length + 1);
    return text.substring(from, from + length);
  }

  @Test
  void aPhraseWhoseGramsAreAllThereButApartIsNotFound() {
    IndexReader index = new IndexReader(write(List.of(
        sheet(2022, "001", "情報政策課長と会議", "広報政策課長の業務"),
        sheet(2022, "002", "題名", "情報政策課長の業務")), 512));
    // Both 6-grams of the word, 情報政策課長 and 報政策課長の, are in sheet 001, but in two fields.
    assertThat(index.find("情報政策課長の")).containsExactly(1);
    assertThat(index.find("情報政策課長")).containsExactlyInAnyOrder(0, 1);
    assertThat(index.find("報政策課長の")).containsExactlyInAnyOrder(0, 1);
    assertThat(index.find("情報政策課")).containsExactlyInAnyOrder(0, 1);
  }

  /** Up to {@link Grams#LISTED} characters a word is one key, its document list; no positions are loaded. */
  @Test
  void aShortWordReadsOneKey() {
    List<Sheet> sheets = SearchSite.generated(300, 3);
    IndexReader index = new IndexReader(write(sheets, 1024));
    for (String w : List.of("市", "市民", "半導体", "情報政策", "情報政策課")) {
      index.touched.clear();
      index.find(w);
      assertThat(index.touched).as(w).containsExactly(SearchIndexWriter.shardOf(w, index.shards()));
    }
  }

  @Test
  void aQueryReadsOnlyTheShardsOfItsGrams() {
    List<Sheet> sheets = SearchSite.generated(300, 3);
    IndexReader index = new IndexReader(write(sheets, 1024));
    assertThat(index.shards()).isGreaterThan(50);
    String word = "情報政策課の業務";
    index.find(word);
    Set<Integer> expected = new TreeSet<>();
    for (int o : Grams.covering(word.length())) {
      expected.add(SearchIndexWriter.shardOf(Grams.positional(word.substring(o, o + Grams.SPELLING)), index.shards()));
    }
    assertThat(index.touched).isEqualTo(expected).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void everyKeyLiesInTheShardItsHashNamesAndShardsStayNearTheirTarget() {
    Map<String, byte[]> files = write(SearchSite.generated(300, 5), 2048);
    IndexReader index = new IndexReader(files);
    long total = 0;
    for (int n = 0; n < index.shards(); n++) {
      for (String key : index.shard(n).keySet()) {
        assertThat(SearchIndexWriter.shardOf(key, index.shards())).isEqualTo(n);
      }
      total += files.get(SearchIndexWriter.DIRECTORY + "s/" + n + ".js").length;
    }
    assertThat(total / index.shards()).isBetween(1024L, 4096L);
  }

  @Test
  void theShardCountFollowsTheIndexSizeInSteps() {
    SearchIndexWriter writer = new SearchIndexWriter(4096, 4);
    assertThat(writer.shardCount(0)).isEqualTo(1);
    assertThat(writer.shardCount(4096 * 31L)).isEqualTo(31);
    int previous = 0;
    for (long size = 1; size < 400_000_000L; size = size * 11 / 10 + 1) {
      int n = writer.shardCount(size);
      long exact = Math.max(1, (size + 4095) / 4096);
      assertThat((long) n).as("size %d", size).isLessThanOrEqualTo(exact).isGreaterThan(exact - exact / 16 - 1);
      assertThat(n).isGreaterThanOrEqualTo(previous);
      previous = n;
    }
    // The index of 10,000 sheets: an edit of a kilobyte either way keeps every key in its shard.
    long tenThousand = 40_015_697L;
    assertThat(writer.shardCount(tenThousand + 1024)).isEqualTo(writer.shardCount(tenThousand))
        .isEqualTo(writer.shardCount(tenThousand - 1024));
  }

  @Test
  void theSameSheetsGiveTheSameBytes() {
    List<Sheet> sheets = SearchSite.generated(50, 9);
    List<Sheet> shuffled = new ArrayList<>(sheets);
    java.util.Collections.shuffle(shuffled, new Random(2));
    Map<String, byte[]> a = write(sheets, 1024);
    Map<String, byte[]> b = write(shuffled, 1024);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  /**
   * A long word is looked up by grams of seven UTF-16 units, which may cut a character outside the
   * Basic Multilingual Plane (𠮷, an emoji) in two: such a gram's key must reach the browser as
   * the same half, not as the "?" UTF-8 makes of a lone surrogate.
   */
  @Test
  void aLongWordIsFoundWhereItsGramsCutACharacterOfTwoUnits() {
    String text = "つくば市大字𠮷田の住民と👨‍👩‍👧‍👦の家族、𩸽の漁";
    Map<String, byte[]> files = write(List.of(sheet(2022, "001", "住民", text), sheet(2022, "002", "別", "つくば市大字吉田の住民")), 512);
    IndexReader index = new IndexReader(files);
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + Grams.SPELLING; to <= text.length(); to++) {
        String word = text.substring(from, to);
        if (!Character.isLowSurrogate(word.charAt(0)) && !Character.isHighSurrogate(word.charAt(word.length() - 1))) {
          assertThat(index.find(word)).as(word).containsExactly(0);
        }
      }
    }
    files.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path).doesNotContain("?"));
  }

  @Test
  void textIsWrittenAsValidJavaScriptStrings() {
    String attack = "\"</script>\\ \u2028 引用";
    Map<String, byte[]> files = write(List.of(sheet(2022, "001", attack, attack)), 512);
    String meta = new String(files.get(SearchIndexWriter.DIRECTORY + "m/0.js"), StandardCharsets.UTF_8);
    assertThat(meta).contains("\\\"</script>\\\\ \\u2028 引用").doesNotContain("\u2028");
    // The text is as written, U+2028 escaped as well.
    String text = new String(files.get(SearchIndexWriter.DIRECTORY + "o/0.js"), StandardCharsets.UTF_8);
    assertThat(text).contains("\\\"</script>\\\\ \\u2028 引用").doesNotContain("\u2028");
  }

  /**
   * A result is drawn from its metadata row alone; a text file, loaded after, holds the snippet's
   * zone: one file the overview, the other the rest, and none the title, which the metadata has.
   */
  @Test
  void metadataFilesHoldWhatAResultShowsAndTextFilesTheZones() {
    List<Sheet> sheets = SearchSite.generated(23, 4);
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    new SearchIndexWriter(1024, 4).write(sheets, SearchSite::sheetUrl, files::put);
    IndexReader index = new IndexReader(files);
    List<Sheet> ordered = sheets.stream()
        .sorted(java.util.Comparator.comparing(Sheet::fiscalYear).reversed().thenComparing(Sheet::id, SheetRef.NUMBER_ORDER)).toList();
    assertThat(files.keySet().stream().filter(f -> f.contains("/m/"))).hasSize((ordered.size() + 3) / 4);
    assertThat(files.keySet().stream().filter(f -> f.contains("/o/"))).hasSize(ordered.size());
    assertThat(files.keySet().stream().filter(f -> f.contains("/t/"))).hasSize(ordered.size());
    for (int d = 0; d < ordered.size(); d++) {
      Sheet s = ordered.get(d);
      assertThat(index.meta(d)).as("document %d", d).containsExactly(SearchSite.sheetUrl(s), s.id(), s.title(),
          s.organization().department(), s.organization().division(), Integer.toString(s.fiscalYear()));
      List<String> zones = index.zones(d);
      assertThat(zones).hasSize(2);
      assertThat(zones.get(0)).contains(SearchText.display(s.overview().purpose()));
      assertThat(zones.get(1)).startsWith(SearchText.display(s.form()) + "\n" + SearchText.display(s.organization().department())
          + "\n" + SearchText.display(s.organization().division()));
      assertThat(String.join("\n", zones)).doesNotContain(SearchText.display(s.title()));
      String metaFile = new String(files.get(SearchIndexWriter.DIRECTORY + "m/" + d / 4 + ".js"), StandardCharsets.UTF_8);
      assertThat(metaFile).doesNotContain(SearchText.display(s.overview().purpose()));
    }
  }

  private static String random(Random r, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}

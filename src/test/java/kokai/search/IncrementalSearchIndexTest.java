package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kokai.model.Direction;
import kokai.model.Organization;
import kokai.model.Overview;
import kokai.model.Sheet;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.Test;

/** Edits spliced into the index kept in memory give the files a fresh index of the edited sheets has. */
class IncrementalSearchIndexTest {
  private static final String ALPHABET = "情報政策課市民ネッワク ";
  private static final int SHARD_BYTES = 256;

  @Test
  void everyEditLeavesTheFilesOfAFreshIndex() {
    Random r = new Random(7);
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      sheets.add(sheet(2021 + i % 3, String.format("%03d", i), random(r, 3 + r.nextInt(6)), random(r, 10 + r.nextInt(80)),
          i % 4 == 0 ? "継続" : "拡充"));
    }
    SearchIndexWriter writer = new SearchIndexWriter(SHARD_BYTES, 1);
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    IncrementalSearchIndex index = indexed(writer, sheets, files);
    int shardCountChanges = 0;
    int spanChanges = 0;
    for (int edit = 0; edit < 60; edit++) {
      int n = r.nextInt(sheets.size());
      Sheet old = sheets.get(n);
      String activities = switch (edit % 5) {
        case 0 -> "";                                             // every gram of the zone goes
        case 1 -> random(r, 1) + old.overview().activities();     // positions shift
        case 2 -> old.overview().activities() + random(r, 30);     // grams appear
        case 3 -> edit % 15 == 3 ? random(r, 300) : random(r, 5); // the span grows, then shrinks back
        default -> old.overview().activities();
      };
      String direction = edit % 7 == 0 ? "廃止" : old.direction().decision();
      Sheet edited = sheet(old.fiscalYear(), old.id(), edit % 5 == 4 ? random(r, 4) : old.title(), activities, direction);
      sheets.set(n, edited);
      long manifestBefore = manifestHash(files);
      if (edit % 10 == 0) {
        // The preview's warm-up goes through a moving edit and must keep nothing of it.
        index.warmUp();
      }
      IncrementalSearchIndex.Update u = index.replace(List.of(edited), files::put);
      u.removed().forEach(files::remove);
      shardCountChanges += u.removed().isEmpty() && u.shardsWritten() < shards(files) ? 0 : 1;
      spanChanges += manifestBefore == manifestHash(files) ? 0 : 1;
      assertSame(files, fresh(sheets, writer));
    }
    assertThat(shardCountChanges).as("edits that changed the number of shards").isGreaterThan(0);
    assertThat(spanChanges).as("edits that changed the manifest").isGreaterThan(0);
  }

  /**
   * Edits that move sheets between texts they share with others ({@link SharedTexts}), make a text
   * shared or no longer shared, and edit the rest of a sheet that shares a text.
   */
  @Test
  void editsOfSharedTextsLeaveTheFilesOfAFreshIndex() {
    Random r = new Random(11);
    List<String> common = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      common.add(random(r, 8 + r.nextInt(30)));
    }
    List<Sheet> sheets = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String activities = i % 5 == 0 ? random(r, 40) : common.get(r.nextInt(common.size()));
      sheets.add(sheet(2021 + i % 3, String.format("%03d", i), i % 4 == 0 ? common.get(0) : random(r, 6), activities, "継続"));
    }
    SearchIndexWriter writer = new SearchIndexWriter(SHARD_BYTES, 1, 4);
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    IncrementalSearchIndex index = indexed(writer, sheets, files);
    int fewShards = 0;
    for (int edit = 0; edit < 80; edit++) {
      int n = r.nextInt(sheets.size());
      Sheet old = sheets.get(n);
      String activities = switch (edit % 4) {
        case 0 -> common.get(r.nextInt(common.size()));               // to another shared text
        case 1 -> random(r, 12);                                     // out of one; a text may stop being shared
        case 2 -> edit % 8 == 2 ? common.get(4) + "課" : old.overview().activities(); // a new text, in time shared
        default -> old.overview().activities();
      };
      String title = edit % 4 == 3 ? random(r, 7) : old.title();    // the rest of a sheet that shares a text
      Sheet edited = sheet(old.fiscalYear(), old.id(), title, activities, "継続");
      sheets.set(n, edited);
      IncrementalSearchIndex.Update u = index.replace(List.of(edited), files::put);
      u.removed().forEach(files::remove);
      fewShards += u.shardsWritten() < shards(files) / 2 ? 1 : 0;
      assertSame(files, fresh(sheets, writer));
    }
    assertThat(fewShards).as("edits that wrote few shards").isGreaterThan(40);
  }

  /** The index of the sheets kept in memory, its files written to {@code files}; they are checked against a fresh index's. */
  private static IncrementalSearchIndex indexed(SearchIndexWriter writer, List<Sheet> sheets, Map<String, byte[]> files) {
    IncrementalSearchIndex index = new IncrementalSearchIndex(writer, sheets, SearchSite::sheetUrl);
    index.writeAll(files::put);
    assertSame(files, fresh(sheets, writer));
    return index;
  }

  @Test
  void aSmallEditWritesFewShards() {
    List<Sheet> sheets = new ArrayList<>(SearchSite.generated(200, 3));
    SearchIndexWriter writer = new SearchIndexWriter(1024, 1);
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    IncrementalSearchIndex index = indexed(writer, sheets, files);
    Sheet s = sheets.get(17);
    Sheet edited = SheetCopies.with(s, "title", s.title() + "改");
    List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>(); // written from several threads too
    IncrementalSearchIndex.Update u = index.replace(List.of(edited), (path, bytes) -> {
      written.add(path);
      files.put(path, bytes);
    });
    sheets.set(17, edited);
    assertSame(files, fresh(sheets, writer));
    assertThat(u.shardsWritten()).isPositive().isLessThan(shards(files) / 4);
    // The edited sheet's own two text files and the one metadata file that holds it.
    assertThat(written).filteredOn(p -> p.contains("/t/") || p.contains("/o/") || p.contains("/m/")).hasSize(3);
    assertThat(u.docFilesWritten()).isEqualTo(3);
  }

  private static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), StandardCharsets.UTF_8)).as(path)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  /** The files a fresh index of the sheets has. */
  private static Map<String, byte[]> fresh(List<Sheet> sheets, SearchIndexWriter writer) {
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>(); // the writer writes from several threads
    writer.write(sheets, SearchSite::sheetUrl, files::put);
    return files;
  }

  private static int shards(Map<String, byte[]> files) {
    return (int) files.keySet().stream().filter(p -> p.startsWith(SearchIndexWriter.DIRECTORY + "s/")).count();
  }

  private static long manifestHash(Map<String, byte[]> files) {
    return java.util.Arrays.hashCode(files.get(SearchIndexWriter.DIRECTORY + "manifest.js"));
  }

  private static Sheet sheet(int year, String id, String title, String activities, String decision) {
    return new Sheet(year, id, title, null, null, null, null, new Organization("総務部", "総務課", null), null, null,
        null, null, null, null, null, null, List.of(1 + id.hashCode() % 3), new Overview(null, null, activities), null,
        null, null, null, null, new Direction(decision, null), null, null);
  }

  private static String random(Random r, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}

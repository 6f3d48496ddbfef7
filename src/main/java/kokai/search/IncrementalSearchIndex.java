package kokai.search;

import com.carrotsearch.hppc.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.site.Links;
import kokai.site.OutputSink;
import kokai.site.SiteIndex;

/**
 * A search index kept in memory between edits, for the preview: after sheets are edited, their
 * documents' entries are replaced in the postings of the keys they had or now have, and only the
 * shard files whose keys changed, the edited documents' files and (when its figures change) the
 * manifest are written. The files are always those {@link SearchIndexWriter} writes for the same
 * sheets; when an edit changes the shard count every shard is written again, and when it changes
 * the span of positions, or makes a field {@link SharedTexts shared} or no longer shared, every key
 * is encoded again. An edit that moves a sheet from one shared text to another rewrites those
 * texts' entries, with the sheets that have them.
 *
 * <pre>{@code
 * IncrementalSearchIndex search = IncrementalSearchIndex.of(siteIndex);
 * search.writeAll(sink);
 * IncrementalSearchIndex.Update u = search.replace(List.of(editedSheet), sink);
 * u.removed().forEach(path -> delete(path));   // shard files beyond a smaller shard count
 * }</pre>
 */
public final class IncrementalSearchIndex {
  private final SearchIndexWriter writer;
  private final Function<Sheet, String> urlOf;
  private final List<SheetDocument> docs;
  private final Map<SheetRef, Integer> numberOf = new HashMap<>();
  private final int[] longest;
  private final SharedTexts shared;
  /** The shared texts by {@link Postings#sharedKey}, in the order of their documents, with the documents that have them. */
  private NavigableMap<String, IntArrayList> sharers;
  private long span;
  private Map<String, String> keys;
  private long encodedSize;
  private List<Map<String, String>> parts;
  private byte[] manifest;
  /** The departments' names by their slugs, which no edit the preview patches changes (EditScope). */
  private final Map<String, String> departmentSlugs;

  /**
   * What an edit wrote: shard files, document files (metadata and text) and shard files that no
   * longer exist.
   */
  public record Update(int shardsWritten, int docFilesWritten, List<String> removed) {
    public Update {
      removed = List.copyOf(removed);
    }
  }

  /** The index of every sheet of the site, as the build's search stage writes it. */
  public static IncrementalSearchIndex of(SiteIndex index) {
    return of(index, new SearchIndexWriter());
  }

  /** The index of every sheet of the site, written by {@code writer}. */
  static IncrementalSearchIndex of(SiteIndex index, SearchIndexWriter writer) {
    return new IncrementalSearchIndex(writer, index.sheets(), s -> Links.file(index.sheetUrl(s)), SearchIndexWriter.slugs(index));
  }

  IncrementalSearchIndex(SearchIndexWriter writer, List<Sheet> sheets, Function<Sheet, String> urlOf) {
    this(writer, sheets, urlOf, Map.of());
  }

  /** With {@code departmentSlugs}, each department's name by the slug of its page, for {@link SearchIndexWriter#aliases}. */
  IncrementalSearchIndex(SearchIndexWriter writer, List<Sheet> sheets, Function<Sheet, String> urlOf,
      Map<String, String> departmentSlugs) {
    this.writer = writer;
    this.departmentSlugs = Map.copyOf(departmentSlugs);
    this.urlOf = urlOf;
    this.docs = new ArrayList<>(SearchIndexWriter.documents(sheets, urlOf));
    this.longest = new int[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      numberOf.put(docs.get(d).sheet().ref(), d);
    }
    // Making every document's zones is costly (normalisation): on all cores.
    long[][] fields = new long[docs.size()][];
    IntStream.range(0, docs.size()).parallel().forEach(d -> {
      List<String> zones = normalized(docs.get(d));
      longest[d] = longest(zones);
      fields[d] = SharedTexts.fingerprints(zones);
    });
    shared = writer.sharedTexts();
    for (long[] f : fields) {
      shared.count(f, 1);
    }
    encodeAll();
  }

  private long spanOfLongest() {
    return SearchIndexWriter.span(Arrays.stream(longest).max().orElse(0));
  }

  private static int longest(List<String> zones) {
    return zones.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Encodes every document's postings afresh and spreads the keys over the shards. */
  private void encodeAll() {
    span = spanOfLongest();
    Postings postings = new Postings(span, shared::isShared);
    postings.addAll(docs.size(), d -> normalized(docs.get(d)), d -> SearchIndexWriter.filterKeys(docs.get(d)));
    postings.addShared(docs.size());
    sharers = postings.sharers();
    keys = postings.encoded();
    encodedSize = 0;
    keys.forEach((k, v) -> encodedSize += SearchIndexWriter.encodedSize(k, v));
    partition();
  }

  private void partition() {
    int shards = writer.shardCount(encodedSize);
    parts = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      parts.add(new TreeMap<>());
    }
    keys.forEach((k, v) -> parts.get(SearchIndexWriter.shardOf(k, shards)).put(k, v));
  }

  private static List<String> normalized(SheetDocument d) {
    return d.zones().stream().map(SearchText::lower).toList();
  }

  /** Writes every file of the index. */
  public SearchIndexStats writeAll(OutputSink sink) {
    long shardTotal = IntStream.range(0, parts.size()).parallel().mapToLong(i -> {
      byte[] bytes = SearchIndexWriter.shard(i, parts.get(i));
      sink.write(SearchIndexWriter.shardPath(i), bytes);
      return bytes.length;
    }).sum();
    DocumentFiles.Written written = writer.documentFiles().write(docs, sink);
    manifest = manifestBytes();
    sink.write(SearchIndexWriter.MANIFEST, manifest);
    sink.write(SearchIndexWriter.ALIASES, SearchIndexWriter.aliases(departmentSlugs));
    return new SearchIndexStats(docs.size(), keys.size(), parts.size(), shardTotal, written.metaFiles(),
        written.metaBytes(), written.textFiles(), written.textBytes(), manifest.length);
  }

  private byte[] manifestBytes() {
    return writer.manifest(docs.size(), parts.size(), span);
  }

  /**
   * Replaces existing sheets (same fiscal year and id, so the same document numbers) by edited
   * versions and writes the files that changed.
   */
  public Update replace(Collection<Sheet> edited, OutputSink sink) {
    Map<Integer, SheetDocument> changed = new TreeMap<>();
    for (Sheet s : edited) {
      Integer d = numberOf.get(s.ref());
      if (d == null) {
        throw new IllegalArgumentException("the search index has no sheet " + s.ref());
      }
      changed.put(d, SheetDocument.of(s, urlOf.apply(s)));
    }
    int oldShards = parts.size();
    Set<String> touched = splice(changed);
    if (touched == null) {
      return rewriteShards(oldShards, changed, sink);
    }
    int shards = writer.shardCount(encodedSize);
    if (shards != oldShards) {
      partition();
      return rewriteShards(oldShards, changed, sink);
    }
    Set<Integer> dirty = new TreeSet<>();
    for (String k : touched) {
      int n = SearchIndexWriter.shardOf(k, shards);
      String v = keys.get(k);
      if (v == null) {
        parts.get(n).remove(k);
      } else {
        parts.get(n).put(k, v);
      }
      dirty.add(n);
    }
    // Hundreds of small files after a text edit: writing them is mostly waiting on the file system.
    dirty.parallelStream().forEach(n -> sink.write(SearchIndexWriter.shardPath(n), SearchIndexWriter.shard(n, parts.get(n))));
    return new Update(dirty.size(), writeDocs(changed.keySet(), sink), List.of());
  }

  /**
   * Puts the new documents in place and updates the postings; returns the keys whose postings
   * changed, or null when the span changed and every key was encoded again.
   */
  private Set<String> splice(Map<Integer, SheetDocument> changed) {
    Map<Integer, SheetDocument> beforeDocs = new HashMap<>();
    // Each edited document's zones as they were and as they are, normalised once.
    Map<Integer, List<String>> zonesBefore = new HashMap<>();
    Map<Integer, List<String>> zonesAfter = new HashMap<>();
    boolean sharingChanged = false;
    for (Map.Entry<Integer, SheetDocument> e : changed.entrySet()) {
      int d = e.getKey();
      beforeDocs.put(d, docs.get(d));
      zonesBefore.put(d, normalized(docs.get(d)));
      zonesAfter.put(d, normalized(e.getValue()));
      docs.set(d, e.getValue());
      longest[d] = longest(zonesAfter.get(d));
      sharingChanged |= shared.recount(SharedTexts.fingerprints(zonesBefore.get(d)), SharedTexts.fingerprints(zonesAfter.get(d)));
    }
    if (sharingChanged || spanOfLongest() != span) {
      // A field became shared or stopped being: the shared texts are numbered anew.
      encodeAll();
      return null;
    }
    Postings grams = new Postings(span, shared::isShared);
    Set<String> touched = new HashSet<>();
    Set<String> sharersChanged = new TreeSet<>();
    for (Map.Entry<Integer, SheetDocument> e : changed.entrySet()) {
      int d = e.getKey();
      Postings.DocGrams old = grams.grams(zonesBefore.get(d), SearchIndexWriter.filterKeys(beforeDocs.get(d)));
      Postings.DocGrams now = grams.grams(zonesAfter.get(d), SearchIndexWriter.filterKeys(e.getValue()));
      if (!moveSharers(d, old.shared(), now.shared(), sharersChanged)) {
        encodeAll();
        return null;
      }
      spliced(d, old, now).forEach((k, after) -> {
        if (store(k, after)) {
          touched.add(k);
        }
      });
    }
    for (String t : sharersChanged) {
      // Shared texts are numbered after the sheets, in the order of their keys.
      int doc = docs.size() + sharers.headMap(t).size();
      Postings.DocGrams g = grams.sharedGrams(t, sharers.get(t));
      for (String k : g.keys()) {
        if (!Grams.isPositional(k)) {
          continue;
        }
        String after = PostingSplice.replace(k, keys.getOrDefault(k, ""), doc, (b, gap) -> g.appendEntry(b, k, gap), docs.size());
        if (store(k, after)) {
          touched.add(k);
        }
      }
    }
    return touched;
  }

  /**
   * Moves document {@code d} from the shared texts it had to those it has; false when one of them
   * would gain its first document or lose its last (the texts are then numbered anew).
   */
  private boolean moveSharers(int d, Set<String> had, Set<String> has, Set<String> moved) {
    for (String t : had) {
      if (!has.contains(t)) {
        IntArrayList list = sharers.get(t);
        list.removeAt(Arrays.binarySearch(list.buffer, 0, list.size(), d));
        if (list.isEmpty()) {
          return false;
        }
        moved.add(t);
      }
    }
    for (String t : has) {
      if (!had.contains(t)) {
        IntArrayList list = sharers.get(t);
        if (list == null) {
          return false;
        }
        list.insert(-1 - Arrays.binarySearch(list.buffer, 0, list.size(), d), d);
        moved.add(t);
      }
    }
    return true;
  }

  /**
   * The new postings of the keys whose entry for document {@code d} differs between its grams
   * {@code old} and {@code now}. Most keys of an edited sheet keep the same entry (zone, positions):
   * their postings stay as they are. The others are spliced in parallel (long lists of common grams).
   */
  private Map<String, String> spliced(int d, Postings.DocGrams old, Postings.DocGrams now) {
    Set<String> oldKeys = old.keys();
    Set<String> newKeys = now.keys();
    Set<String> all = new HashSet<>(oldKeys);
    all.addAll(newKeys);
    return all.parallelStream()
        .filter(k -> !(oldKeys.contains(k) && newKeys.contains(k) && entry(old, k).equals(entry(now, k))))
        .collect(Collectors.toMap(k -> k, k -> PostingSplice.replace(k, keys.getOrDefault(k, ""), d,
            newKeys.contains(k) ? (b, gap) -> now.appendEntry(b, k, gap) : null, docs.size())));
  }

  /**
   * Goes through the costly part of an edit that moves a text, keeping nothing: the first
   * document's grams with every zone one character longer at its start, the postings of every key
   * whose entry moved spliced, and the text of their shards made. The preview runs it before the
   * first edit, so that an edit inserting a word does not wait for the JIT compiler (at 10,000
   * sheets such an edit takes 60–75 ms of splicing cold and about 15 ms once compiled).
   */
  public void warmUp() {
    if (docs.isEmpty()) {
      return;
    }
    SheetDocument doc = docs.get(0);
    List<String> zones = normalized(doc);
    Postings grams = new Postings(span, shared::isShared);
    Postings.DocGrams old = grams.grams(zones, SearchIndexWriter.filterKeys(doc));
    Postings.DocGrams now = grams.grams(zones.stream().map(z -> "\u3000" + z).toList(), SearchIndexWriter.filterKeys(doc));
    int shards = parts.size();
    spliced(0, old, now).keySet().stream().map(k -> SearchIndexWriter.shardOf(k, shards)).distinct()
        .forEach(n -> SearchIndexWriter.shard(n, parts.get(n)));
  }

  private static String entry(Postings.DocGrams g, String key) {
    StringBuilder b = new StringBuilder();
    g.appendEntry(b, key, 1);
    return b.toString();
  }

  /** Stores a key's new postings; true when they changed. */
  private boolean store(String key, String after) {
    String before = keys.getOrDefault(key, "");
    if (after.equals(before)) {
      return false;
    }
    if (!before.isEmpty()) {
      encodedSize -= SearchIndexWriter.encodedSize(key, before);
    }
    if (after.isEmpty()) {
      keys.remove(key);
    } else {
      keys.put(key, after);
      encodedSize += SearchIndexWriter.encodedSize(key, after);
    }
    return true;
  }

  /** After the shard count or the span changed: every shard, the manifest, the edited documents. */
  private Update rewriteShards(int oldShards, Map<Integer, SheetDocument> changed, OutputSink sink) {
    for (int i = 0; i < parts.size(); i++) {
      sink.write(SearchIndexWriter.shardPath(i), SearchIndexWriter.shard(i, parts.get(i)));
    }
    List<String> removed = new ArrayList<>();
    for (int i = parts.size(); i < oldShards; i++) {
      removed.add(SearchIndexWriter.shardPath(i));
    }
    return new Update(parts.size(), writeDocs(changed.keySet(), sink), removed);
  }

  private int writeDocs(Set<Integer> changed, OutputSink sink) {
    int files = writer.documentFiles().write(docs, changed, sink);
    byte[] m = manifestBytes();
    if (!Arrays.equals(m, manifest)) {
      manifest = m;
      sink.write(SearchIndexWriter.MANIFEST, m);
    }
    return files;
  }
}

package kokai.search;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.procedures.LongIntProcedure;
import com.carrotsearch.hppc.procedures.LongObjectProcedure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The inverted index as it is built, one document at a time in document order, each key's postings
 * already encoded (see {@link Codec}); every entry starts with the gap to the previous document
 * (the first document counts from -1, so a gap is never 0):
 * <ul>
 *   <li>one or two characters: {@code gap * 4 + zone}, the first zone the gram occurs in. Such a
 *       word is its own gram, so the document list is the exact answer and needs no positions;
 *   <li>three characters: the gap, the number of positions, the first position and the gaps to the
 *       following ones; a longer word is proved by trigrams found at the right distances;
 *   <li>a filter value (key starting with a space): the gap.
 * </ul>
 * A position is {@code zone * span + offset}, so the zone of a match is known without the text.
 */
final class Postings {
  /**
   * Documents whose grams are gathered in parallel before they are appended in order: enough to
   * keep every core busy, few enough that the batch's grams (a map entry per gram) stay small.
   */
  private static final int BATCH = 64;

  private final long span;
  /** The grams' postings by {@link Grams#key}, the filter values' by their key. */
  private final LongObjectHashMap<Entry> grams = new LongObjectHashMap<>(1 << 14);
  private final Map<String, Entry> filters = new HashMap<>();

  Postings(long span) {
    this.span = span;
  }

  private static final class Entry {
    final StringBuilder data = new StringBuilder();
    int lastDoc = -1;

    int gap(int doc) {
      int gap = doc - lastDoc;
      lastDoc = doc;
      return gap;
    }
  }

  /** A trigram's positions in one document, in order. */
  private static final class Positions {
    long[] at = new long[2];
    int count;

    void add(long position) {
      if (count == at.length) {
        at = Arrays.copyOf(at, count * 2);
      }
      at[count++] = position;
    }
  }

  /**
   * One document's grams by {@link Grams#key}: the first zone of each short gram, the positions of
   * each trigram; and its filter keys.
   */
  static final class DocGrams {
    private final LongIntHashMap zoneOf = new LongIntHashMap(512);
    private final LongObjectHashMap<Positions> trigrams = new LongObjectHashMap<>(512);
    private final List<String> filterKeys;

    private DocGrams(List<String> filterKeys) {
      this.filterKeys = filterKeys;
    }

    /** Every key the document has an entry under. */
    Set<String> keys() {
      Set<String> out = new HashSet<>(filterKeys);
      zoneOf.forEach((LongIntProcedure) (k, zone) -> out.add(Grams.text(k)));
      trigrams.forEach((LongObjectProcedure<Positions>) (k, positions) -> out.add(Grams.text(k)));
      return out;
    }

    /** The document's entry under {@code key}, its first number counting {@code gap} from the previous document. */
    void appendEntry(StringBuilder b, String key, long gap) {
      boolean gram = key.charAt(0) != ' ';
      int zone = gram && key.length() < Grams.TRIGRAM ? zoneOf.getOrDefault(Grams.key(key, 0, key.length()), -1) : -1;
      if (zone >= 0) {
        Codec.append(b, gap * 4L + zone);
        return;
      }
      Codec.append(b, gap);
      Positions positions = gram && key.length() == Grams.TRIGRAM ? trigrams.get(Grams.key(key, 0, key.length())) : null;
      if (positions != null) {
        appendPositions(b, positions);
      }
    }
  }

  /**
   * Adds documents 0, 1, 2 … in order. Gathering grams is the costly part and runs in parallel;
   * appending stays in document order, so the bytes never depend on the threads.
   */
  void addAll(int documents, IntFunction<List<String>> normalizedZones, IntFunction<List<String>> filterKeys) {
    for (int first = 0; first < documents; first += BATCH) {
      int end = Math.min(documents, first + BATCH);
      List<DocGrams> batch = IntStream.range(first, end).parallel()
          .mapToObj(d -> grams(normalizedZones.apply(d), filterKeys.apply(d)))
          .toList();
      for (int d = first; d < end; d++) {
        append(d, batch.get(d - first));
      }
    }
  }

  /** The grams of one document: its normalised zones and its filter keys. */
  DocGrams grams(List<String> zones, List<String> filterKeys) {
    DocGrams g = new DocGrams(filterKeys);
    for (int z = 0; z < zones.size(); z++) {
      String t = zones.get(z);
      for (int i = 0; i < t.length(); i++) {
        long units = 0;
        for (int n = 1; n <= Grams.TRIGRAM && i + n <= t.length(); n++) {
          char c = t.charAt(i + n - 1);
          if (!Grams.indexable(c)) {
            break;
          }
          units = units << 16 | c;
          long key = Grams.withLength(units, n);
          if (n < Grams.TRIGRAM) {
            int at = g.zoneOf.indexOf(key);
            if (!g.zoneOf.indexExists(at)) {
              g.zoneOf.indexInsert(at, key, z);
            }
          } else {
            valueOf(g.trigrams, key, Positions::new).add(z * span + i);
          }
        }
      }
    }
    return g;
  }

  private void append(int doc, DocGrams g) {
    g.zoneOf.forEach((LongIntProcedure) (k, zone) -> {
      Entry e = valueOf(grams, k, Entry::new);
      Codec.append(e.data, e.gap(doc) * 4L + zone);
    });
    g.trigrams.forEach((LongObjectProcedure<Positions>) (k, positions) -> {
      Entry e = valueOf(grams, k, Entry::new);
      Codec.append(e.data, e.gap(doc));
      appendPositions(e.data, positions);
    });
    for (String key : g.filterKeys) {
      Entry e = filters.computeIfAbsent(key, x -> new Entry());
      Codec.append(e.data, e.gap(doc));
    }
  }

  /** The value of {@code key}, made and kept when there is none; the key is hashed once. */
  private static <V> V valueOf(LongObjectHashMap<V> map, long key, Supplier<V> make) {
    int at = map.indexOf(key);
    if (map.indexExists(at)) {
      return map.indexGet(at);
    }
    V value = make.get();
    map.indexInsert(at, key, value);
    return value;
  }

  /** The number of positions, the first and the gaps to the following ones. */
  private static void appendPositions(StringBuilder b, Positions positions) {
    Codec.append(b, positions.count);
    long prev = 0;
    for (int i = 0; i < positions.count; i++) {
      Codec.append(b, positions.at[i] - prev);
      prev = positions.at[i];
    }
  }

  /**
   * Every key with its encoded postings, in a new map of no particular order (the shards sort their
   * keys). Each key's builder is let go as soon as its text is made, so the postings are never held
   * twice; this empties the postings.
   */
  Map<String, String> encoded() {
    Map<String, String> out = new HashMap<>((grams.size() + filters.size()) * 4 / 3 + 1);
    grams.forEach((LongObjectProcedure<Entry>) (k, e) -> {
      out.put(Grams.text(k), e.data.toString());
      e.data.setLength(0);
      e.data.trimToSize();
    });
    for (var it = filters.entrySet().iterator(); it.hasNext();) {
      Map.Entry<String, Entry> e = it.next();
      out.put(e.getKey(), e.getValue().data.toString());
      it.remove();
    }
    return out;
  }
}

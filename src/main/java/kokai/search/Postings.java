package kokai.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
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
  private final Map<String, Entry> entries = new HashMap<>();

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

  /** One document's grams: the first zone of each short gram, the positions of each trigram. */
  record DocGrams(Map<String, Integer> zoneOf, Map<String, long[]> trigrams, List<String> filterKeys) {
    /** Every key the document has an entry under. */
    java.util.Set<String> keys() {
      java.util.Set<String> out = new java.util.HashSet<>(zoneOf.keySet());
      out.addAll(trigrams.keySet());
      out.addAll(filterKeys);
      return out;
    }

    /** The document's entry under {@code key}, its first number counting {@code gap} from the previous document. */
    void appendEntry(StringBuilder b, String key, long gap) {
      Integer zone = zoneOf.get(key);
      if (zone != null) {
        Codec.append(b, gap * 4L + zone);
        return;
      }
      long[] positions = trigrams.get(key);
      Codec.append(b, gap);
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
    Map<String, Integer> zoneOf = new HashMap<>();
    Map<String, long[]> trigrams = new HashMap<>();
    for (int z = 0; z < zones.size(); z++) {
      String t = zones.get(z);
      for (int i = 0; i < t.length(); i++) {
        for (int n = 1; n <= Grams.TRIGRAM && i + n <= t.length(); n++) {
          if (!Grams.indexable(t.charAt(i + n - 1))) {
            break;
          }
          String gram = t.substring(i, i + n);
          if (n < Grams.TRIGRAM) {
            zoneOf.putIfAbsent(gram, z);
          } else {
            trigrams.merge(gram, new long[] {1, z * span + i}, Postings::push);
          }
        }
      }
    }
    return new DocGrams(zoneOf, trigrams, filterKeys);
  }

  /** Appends a position to a list whose first slot holds its length. */
  private static long[] push(long[] list, long[] one) {
    int size = (int) list[0];
    long[] out = size + 1 < list.length ? list : java.util.Arrays.copyOf(list, list.length * 2);
    out[size + 1] = one[1];
    out[0] = size + 1;
    return out;
  }

  private void append(int doc, DocGrams g) {
    g.zoneOf().forEach((k, zone) -> {
      Entry e = entry(k);
      Codec.append(e.data, e.gap(doc) * 4L + zone);
    });
    g.trigrams().forEach((k, positions) -> {
      Entry e = entry(k);
      Codec.append(e.data, e.gap(doc));
      appendPositions(e.data, positions);
    });
    for (String key : g.filterKeys()) {
      Entry e = entry(key);
      Codec.append(e.data, e.gap(doc));
    }
  }

  /** The number of positions, the first and the gaps to the following ones. */
  private static void appendPositions(StringBuilder b, long[] positions) {
    int size = (int) positions[0];
    Codec.append(b, size);
    long prev = 0;
    for (int i = 1; i <= size; i++) {
      Codec.append(b, positions[i] - prev);
      prev = positions[i];
    }
  }

  private Entry entry(String key) {
    return entries.computeIfAbsent(key, k -> new Entry());
  }

  /**
   * Every key with its encoded postings, in a new map of no particular order (the shards sort their
   * keys). Each key's builder is let go as soon as its text is made, so the postings are never held
   * twice; this empties the postings.
   */
  Map<String, String> encoded() {
    Map<String, String> out = new HashMap<>(entries.size() * 4 / 3 + 1);
    for (var it = entries.entrySet().iterator(); it.hasNext();) {
      Map.Entry<String, Entry> e = it.next();
      out.put(e.getKey(), e.getValue().data.toString());
      it.remove();
    }
    return out;
  }
}

package kokai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
  private final long span;
  private final Map<String, Entry> entries = new TreeMap<>();

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

  void add(int doc, List<String> normalizedZones, List<String> filterKeys) {
    Map<String, Integer> zoneOf = new LinkedHashMap<>();
    Map<String, List<Long>> trigrams = new LinkedHashMap<>();
    for (int z = 0; z < normalizedZones.size(); z++) {
      String t = normalizedZones.get(z);
      for (int i = 0; i < t.length(); i++) {
        for (int n = 1; n <= Grams.TRIGRAM && i + n <= t.length(); n++) {
          if (!Grams.indexable(t, i, n)) {
            break;
          }
          String gram = t.substring(i, i + n);
          if (n < Grams.TRIGRAM) {
            zoneOf.putIfAbsent(gram, z);
          } else {
            trigrams.computeIfAbsent(gram, k -> new ArrayList<>()).add(z * span + i);
          }
        }
      }
    }
    zoneOf.forEach((k, zone) -> {
      Entry e = entry(k);
      Codec.append(e.data, e.gap(doc) * 4L + zone);
    });
    trigrams.forEach((k, positions) -> {
      Entry e = entry(k);
      Codec.append(e.data, e.gap(doc));
      Codec.append(e.data, positions.size());
      long prev = 0;
      for (long p : positions) {
        Codec.append(e.data, p - prev);
        prev = p;
      }
    });
    for (String key : filterKeys) {
      Entry e = entry(key);
      Codec.append(e.data, e.gap(doc));
    }
  }

  private Entry entry(String key) {
    return entries.computeIfAbsent(key, k -> new Entry());
  }

  /** Every key with its encoded postings, sorted by key. */
  Map<String, String> encoded() {
    Map<String, String> out = new TreeMap<>();
    entries.forEach((k, e) -> out.put(k, e.data.toString()));
    return out;
  }
}

package kokai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inverted index as it is built, one document at a time in document order, each key's postings
 * already encoded (see {@link Codec}):
 * <ul>
 *   <li>a bigram: per document the gap to the previous document, the number of positions, the
 *       first position and the gaps between the following ones;
 *   <li>a single character: per document the gap and its first position (the best zone, and where
 *       the snippet starts);
 *   <li>a filter value (key starting with a space): per document the gap.
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

    void startDoc(int doc) {
      Codec.append(data, lastDoc < 0 ? doc : doc - lastDoc);
      lastDoc = doc;
    }
  }

  void add(int doc, List<String> normalizedZones, List<String> filterKeys) {
    Map<String, List<Long>> bigrams = new LinkedHashMap<>();
    Map<String, Long> unigrams = new LinkedHashMap<>();
    for (int z = 0; z < normalizedZones.size(); z++) {
      String t = normalizedZones.get(z);
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!Grams.indexable(c)) {
          continue;
        }
        long pos = z * span + i;
        unigrams.putIfAbsent(String.valueOf(c), pos);
        if (i + 1 < t.length() && Grams.indexable(t.charAt(i + 1))) {
          bigrams.computeIfAbsent(t.substring(i, i + 2), k -> new ArrayList<>()).add(pos);
        }
      }
    }
    unigrams.forEach((k, pos) -> {
      Entry e = entry(k);
      e.startDoc(doc);
      Codec.append(e.data, pos);
    });
    bigrams.forEach((k, positions) -> {
      Entry e = entry(k);
      e.startDoc(doc);
      Codec.append(e.data, positions.size());
      long prev = 0;
      for (long p : positions) {
        Codec.append(e.data, p - prev);
        prev = p;
      }
    });
    for (String key : filterKeys) {
      entry(key).startDoc(doc);
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

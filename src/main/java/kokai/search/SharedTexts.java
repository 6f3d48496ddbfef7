package kokai.search;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;
import java.util.List;

/**
 * Which fields many documents share word for word, as real sheets share their evaluation comments
 * (今後も一定の市民ニーズが見込まれる。 in hundreds of sheets of one city): such a text's positions
 * are indexed once, as a document of its own after the sheets that lists the sheets having it,
 * instead of once in every one of them. A phrase found in it is then proved once, and its sheets
 * cost about a character each instead of a position list's four or five, in every gram of the
 * phrase (see {@link Postings}).
 *
 * <p>A field is shared when at least {@link #threshold} documents have a field with its
 * {@link #fingerprint}: its zone and its normalised text. Two texts with one fingerprint are both
 * shared, each with its own sheets, so the index never depends on a fingerprint being unique; the
 * threshold only decides what is worth sharing. It is high enough that editing a project's own
 * text, which its few fiscal years repeat, seldom makes it shared or not (the preview then encodes
 * the whole index again).
 */
final class SharedTexts {
  /** The documents that must share a field before its positions are indexed once. */
  static final int DEFAULT_THRESHOLD = 16;

  private final int threshold;
  /** Documents by the fingerprints of their fields. */
  private final LongIntHashMap counts = new LongIntHashMap();

  SharedTexts(int threshold) {
    if (threshold < 2) {
      throw new IllegalArgumentException("a shared text needs at least two documents, not " + threshold);
    }
    this.threshold = threshold;
  }

  /** A field's fingerprint: its zone and its units, {@code [from, to)} of the zone's normalised text. */
  static long fingerprint(int zone, String text, int from, int to) {
    long h = zone + 1L;
    for (int i = from; i < to; i++) {
      h = Grams.mix(h, text.charAt(i));
    }
    return Grams.finish(h, to - from);
  }

  /**
   * The fingerprints of a document's fields that can hold a positional gram, each once: the
   * document's normalised zones, fields separated by {@link SheetDocument#FIELD_SEPARATOR}.
   */
  static long[] fingerprints(List<String> zones) {
    LongHashSet out = new LongHashSet();
    for (int z = 0; z < zones.size(); z++) {
      String t = zones.get(z);
      for (int from = 0; from < t.length();) {
        int to = fieldEnd(t, from);
        if (mayShare(from, to)) {
          out.add(fingerprint(z, t, from, to));
        }
        from = to + 1;
      }
    }
    long[] a = out.toArray();
    Arrays.sort(a);
    return a;
  }

  /** Whether the field of units {@code [from, to)} may be shared: it holds a positional gram. */
  static boolean mayShare(int from, int to) {
    return to - from >= Grams.SPELLING;
  }

  /** Where the field starting at {@code from} ends: the next separator or the end of the zone. */
  static int fieldEnd(String zone, int from) {
    int end = zone.indexOf(SheetDocument.FIELD_SEPARATOR, from);
    return end < 0 ? zone.length() : end;
  }

  /** Counts (or, with -1, uncounts) one document's {@link #fingerprints}. */
  void count(long[] fingerprints, int delta) {
    for (long f : fingerprints) {
      int n = counts.addTo(f, delta);
      if (n == 0) {
        counts.remove(f);
      }
    }
  }

  boolean isShared(long fingerprint) {
    return counts.get(fingerprint) >= threshold;
  }

  /**
   * Counts a document's fields as edited, {@code before} and {@code after} (their
   * {@link #fingerprints}); true when a field of either became shared or stopped being.
   */
  boolean recount(long[] before, long[] after) {
    long[] sharedBefore = shared(before);
    long[] sharedAfter = shared(after);
    count(before, -1);
    count(after, 1);
    return !Arrays.equals(sharedBefore, shared(before)) || !Arrays.equals(sharedAfter, shared(after));
  }

  /** Those of the fingerprints that are shared. */
  private long[] shared(long[] fingerprints) {
    return Arrays.stream(fingerprints).filter(this::isShared).toArray();
  }
}

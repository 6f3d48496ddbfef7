package kokai.search;

/**
 * Replaces one document's entry in a key's encoded postings (see {@link Postings} for the layout)
 * without decoding the list: the entries before it are kept as they are, the document's new entry
 * (or none) goes in its place, and only the gap of the entry after it is written again, since it
 * now counts from another document. The rest is copied as it is.
 *
 * <pre>{@code
 * String after = PostingSplice.replace("情報", before, 7, (b, gap) -> grams.appendEntry(b, "情報", gap), sheets);
 * }</pre>
 */
final class PostingSplice {
  private PostingSplice() {}

  /** Writes a document's entry given the gap from the previous document of the list. */
  @FunctionalInterface
  interface EntryWriter {
    void append(StringBuilder out, long gap);
  }

  /**
   * The postings of {@code key} with document {@code doc}'s entry replaced by what {@code entry}
   * writes, or removed when {@code entry} is null; {@code data} may be empty (a new key). Documents
   * from {@code sheets} on are shared texts, whose positional entries end with their documents.
   */
  static String replace(String key, String data, int doc, EntryWriter entry, int sheets) {
    boolean positional = Grams.isPositional(key);
    // Bits below the gap in an entry's first number: a list's zone; a positional entry's zone and "more".
    int bits = Grams.isListed(key) ? 2 : positional ? 3 : 0;
    int pos = 0;
    int previous = -1;
    int start = 0;
    int current = -1;
    // Skip the entries of earlier documents.
    while (pos < data.length()) {
      start = pos;
      long first = Codec.number(data, pos);
      pos = Codec.skip(data, pos);
      current = previous + (int) (first >>> bits);
      if (current >= doc) {
        break;
      }
      if (positional) {
        pos = skipPositions(data, pos, first, current >= sheets);
      }
      previous = current;
      start = pos;
    }
    StringBuilder out = new StringBuilder(data.length() + 64);
    out.append(data, 0, start);
    if (entry != null) {
      entry.append(out, doc - previous);
    }
    if (start == data.length()) {
      return out.toString();
    }
    int next = start;
    int nextDoc = current;
    if (current == doc) {
      // Skip the old entry of the document itself.
      int p = Codec.skip(data, start);
      next = positional ? skipPositions(data, p, Codec.number(data, start), doc >= sheets) : p;
      if (next == data.length()) {
        return out.toString();
      }
      long first = Codec.number(data, next);
      nextDoc = doc + (int) (first >>> bits);
    }
    long firstOfNext = Codec.number(data, next);
    long gap = nextDoc - (entry != null ? doc : previous);
    Codec.append(out, gap << bits | (firstOfNext & ((1 << bits) - 1)));
    out.append(data, Codec.skip(data, next), data.length());
    return out.toString();
  }

  /**
   * Past a positional entry's positions, given its first number (whether more than one follows),
   * and past its documents when it is a shared text's.
   */
  private static int skipPositions(String data, int pos, long first, boolean shared) {
    int p = Codec.skip(data, pos);
    if ((first & 1) == 1) {
      p = skipNumbers(data, p);
    }
    return shared ? skipNumbers(data, p) : p;
  }

  /** Past a count and that many numbers. */
  private static int skipNumbers(String data, int pos) {
    long n = Codec.number(data, pos);
    int p = Codec.skip(data, pos);
    for (long i = 0; i < n; i++) {
      p = Codec.skip(data, p);
    }
    return p;
  }
}

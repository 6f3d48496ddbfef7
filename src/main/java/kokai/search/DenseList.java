package kokai.search;

import java.util.stream.LongStream;

/**
 * How a gram's document list is written into its shard when most documents are in it. Kept as
 * gaps ({@link Postings}), a list costs a character per document it holds: a word in nearly every
 * sheet, such as 事業 or 計画, costs as many characters as there are sheets, and a query of a few
 * such words loads them all. Written densely, it is {@link #MARK} and then three documents per
 * character from document 0 on, two bits each, lowest first: 0 when the document is not in the
 * list, else its first zone + 1. So a list that holds more than a third of the documents up to
 * its last is written in a third of the characters or fewer; any other list is written as kept.
 *
 * <pre>{@code
 * DenseList.written("市", "5556")  // documents 0, 1 and 2 in zone 1, 3 in zone 2 → ".g3"
 * }</pre>
 *
 * <p>The choice depends on the list alone, so a full build and the preview's edits write the same
 * bytes; the preview keeps splicing the gaps ({@link PostingSplice}).
 */
final class DenseList {
  /** The first character of a dense list; not in {@link Codec#ALPHABET}, so never a list's first. */
  static final char MARK = '.';

  /** Documents per character: two bits each of the alphabet's six. */
  private static final int PER_CHARACTER = 3;

  private DenseList() {}

  /** The list of {@code key} as its shard writes it: dense when that is shorter, else as kept. */
  static String written(String key, String postings) {
    // A dense list is at least two characters; only a longer list can gain.
    if (postings.length() <= 2 || !Grams.isListed(key)) {
      return postings;
    }
    int[] last = {-1};
    forEach(postings, (doc, zone) -> last[0] = doc);
    int length = 1 + (last[0] + PER_CHARACTER) / PER_CHARACTER;
    if (length >= postings.length()) {
      return postings;
    }
    int[] digits = new int[length];
    forEach(postings, (doc, zone) -> digits[1 + doc / PER_CHARACTER] |= (zone + 1) << (doc % PER_CHARACTER * 2));
    char[] out = new char[length];
    out[0] = MARK;
    for (int i = 1; i < length; i++) {
      out[i] = Codec.character(digits[i]);
    }
    return new String(out);
  }

  @FunctionalInterface
  private interface Entry {
    void at(int doc, int zone);
  }

  /** Each entry of a kept list ({@code gap * 4 + zone}), in order. */
  private static void forEach(String postings, Entry entry) {
    int[] doc = {-1};
    Codec.forEach(postings, value -> {
      doc[0] += (int) (value >>> 2);
      entry.at(doc[0], (int) (value & 3));
    });
  }

  /** The numbers of a list as written, dense or not, in the kept form ({@code gap * 4 + zone}); for tests. */
  static long[] read(String written) {
    if (written.isEmpty() || written.charAt(0) != MARK) {
      return Codec.decode(written);
    }
    LongStream.Builder out = LongStream.builder();
    int previous = -1;
    for (int i = 1; i < written.length(); i++) {
      int d = Codec.digit(written.charAt(i));
      for (int k = 0; k < PER_CHARACTER; k++) {
        int state = d >> (k * 2) & 3;
        if (state > 0) {
          int doc = (i - 1) * PER_CHARACTER + k;
          out.add((doc - previous) * 4L + state - 1);
          previous = doc;
        }
      }
    }
    return out.build().toArray();
  }
}

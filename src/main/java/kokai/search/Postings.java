package kokai.search;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.procedures.LongIntProcedure;
import com.carrotsearch.hppc.procedures.LongLongProcedure;
import com.carrotsearch.hppc.procedures.LongObjectProcedure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/**
 * The inverted index as it is built, one document at a time in document order, each key's postings
 * already encoded (see {@link Codec}); every entry starts with the gap to the previous document
 * (the first document counts from -1, so a gap is never 0):
 * <ul>
 *   <li>a gram of up to {@link Grams#LISTED} characters: {@code gap * 4 + zone}, the first zone
 *       the gram occurs in. Such a word is its own gram, so the document list is the exact answer;
 *   <li>the positions of a gram of {@link Grams#SPELLING} characters (key {@link Grams#positional}):
 *       {@code gap * 8 + zone * 2 + more} with the zone of the first position, its offset in the
 *       zone and, when {@code more} is 1, the number of further positions and the gaps to them
 *       (nineteen entries in twenty have one position, and save the count); a longer word is
 *       proved by such grams found at the right distances;
 *   <li>a filter value (key starting with a space): the gap.
 * </ul>
 * A position is {@code zone * span + offset}, so the zone of a match is known without the text.
 * The first one of an entry gives its zone beside the gap, where it costs a character less: an
 * offset in the overview or the rest takes two characters where their positions took three.
 *
 * <p>A field that many documents share word for word ({@link SharedTexts}) has no positions in
 * theirs: after the last document, each such text is a document of its own, numbered in the order
 * of zone and text, whose positional entries end with the number of documents that have it and
 * their gaps (the first counting from -1). Its grams of up to {@link Grams#LISTED} characters stay
 * in every document's lists, which short words read.
 *
 * <p>Grams are looked up by number, not by text, which would cost a string for every gram of every
 * document: up to {@link Grams#PACKED} units by their exact {@link Grams#key}, longer ones by
 * {@link Grams#hash}. Two long grams with one hash are told apart by their text; the second one
 * seen is kept by its text instead ("spilled"), so the postings never depend on a hash being unique.
 */
final class Postings {
  /**
   * Documents whose grams are gathered in parallel before they are appended in order: enough to
   * keep every core busy, few enough that the batch's grams (a map entry per gram) stay small.
   */
  private static final int BATCH = 64;

  private final long span;
  private final Hash hash;
  /** Whether a field with this {@link SharedTexts#fingerprint} is shared. */
  private final LongPredicate shared;
  /** The documents having each shared text, by {@link #sharedKey}, in the order they are numbered. */
  private final TreeMap<String, IntArrayList> sharers = new TreeMap<>();
  /** Document lists of the packed grams by {@link Grams#key}, of longer ones by {@link Hash}. */
  private final LongObjectHashMap<Entry> packed = new LongObjectHashMap<>(1 << 14);
  private final LongObjectHashMap<Entry> listed = new LongObjectHashMap<>(1 << 14);
  private final LongObjectHashMap<Entry> positional = new LongObjectHashMap<>(1 << 14);
  /** Every other key's postings by the key: filter values, and long grams whose hash another has. */
  private final Map<String, Entry> byKey = new HashMap<>();

  /**
   * How long grams are numbered, from their {@link Grams#state}; tests give one under which many
   * grams share a number.
   */
  @FunctionalInterface
  interface Hash {
    long finish(long state, int n);

    default long of(String text, int from, int n) {
      return finish(Grams.state(text, from, n), n);
    }
  }

  Postings(long span) {
    this(span, Grams::finish);
  }

  Postings(long span, Hash hash) {
    this(span, hash, fingerprint -> false);
  }

  Postings(long span, LongPredicate shared) {
    this(span, Grams::finish, shared);
  }

  Postings(long span, Hash hash, LongPredicate shared) {
    this.span = span;
    this.hash = hash;
    this.shared = shared;
  }

  /** How a shared text is known while indexing: its zone as a digit, then the text. */
  static String sharedKey(int zone, String text) {
    return (char) ('0' + zone) + text;
  }

  /**
   * A key's postings as they grow: ASCII bytes in an array that grows by a quarter, not doubled as a
   * StringBuilder's, since at 100,000 sheets the postings fill most of a 1 GB heap.
   *
   * <p>The last bytes written wait in {@link #tail}, in the entry itself, and go to the array eight
   * at a time. Appending visits a few hundred thousand entries in no order, and each array is
   * elsewhere in memory: writing every value into it cost a cache miss or two, the most costly
   * line of the index (at 10,000 sheets, a quarter of its samples). Most values are one or two
   * characters, so the array is now touched for one value in five or so, and a key of a few
   * documents, which most long grams are, gets no array until its postings pass eight bytes.
   *
   * <p>A gram's entry holds its units as numbers, not its key as a string: telling a long gram's
   * entry from another of the same hash compared the string, two more objects elsewhere in memory
   * for every gram of every document, and the key is made only when the postings are let go.
   */
  private static final class Entry {
    /** The key this entry is written under when it is not a gram's: a filter key, or a long gram kept by its text. */
    private final String key;
    /** A gram's units as {@link Grams#key}s: the first {@link Grams#PACKED}, then those after them (0 for none). */
    final long head;
    final long rest;
    /** The bytes written before {@link #tail}; null while there are none. */
    private byte[] data;
    private int size;
    /** Up to eight bytes written after {@link #data}, the first in the lowest byte (see {@link Codec#packed}). */
    private long tail;
    private int tailSize;
    int lastDoc = -1;

    Entry(String key) {
      this.key = key;
      this.head = 0;
      this.rest = 0;
    }

    /** A gram's entry, from its units: see {@link #head}. */
    Entry(long head, long rest) {
      this.key = null;
      this.head = head;
      this.rest = rest;
    }

    /** The key: the gram, its {@link Grams#positional} key, or a filter key. */
    String key() {
      return key != null ? key : keyOf(head, rest);
    }

    /** The key of a gram's units: a gram of {@link Grams#SPELLING} units has only positions, a shorter one only a list. */
    static String keyOf(long head, long rest) {
      String gram = rest == 0 ? Grams.text(head) : Grams.text(head) + Grams.text(rest);
      return gram.length() == Grams.SPELLING ? Grams.positional(gram) : gram;
    }

    int gap(int doc) {
      int gap = doc - lastDoc;
      lastDoc = doc;
      return gap;
    }

    void add(long value) {
      if (value >= Codec.PACKED_BELOW) {
        flush();
        room(Codec.LONGEST);
        size = Codec.append(data, size, value);
        return;
      }
      long bytes = Codec.packed(value);
      int n = Codec.packedLength(bytes);
      if (tailSize + n > Long.BYTES) {
        flush();
      }
      tail |= bytes << (8 * tailSize);
      tailSize += n;
    }

    /** Moves the {@link #tail} to the array. */
    private void flush() {
      room(tailSize);
      for (int i = 0; i < tailSize; i++) {
        data[size++] = (byte) (tail >>> (8 * i));
      }
      tail = 0;
      tailSize = 0;
    }

    /** Makes room for {@code bytes} more, growing the array by a quarter beyond them. */
    private void room(int bytes) {
      if (data == null) {
        data = new byte[Math.max(bytes, Codec.LONGEST)];
      } else if (data.length - size < bytes) {
        data = Arrays.copyOf(data, size + (size >> 2) + bytes);
      }
    }

    /**
     * A positional entry: the gap, the first position's zone and whether more positions follow,
     * the first position's offset in its zone, then the number of further positions and their gaps;
     * for a shared text, the documents that have it ({@link #members}, encoded), else null.
     */
    void addPositions(long gap, Positions positions, long span, byte[] members) {
      boolean more = positions.count() > 1;
      add(gap * 8 + positions.first / span * 2 + (more ? 1 : 0));
      add(positions.first % span);
      if (more) {
        add(positions.count() - 1L);
        for (int i = 1; i < positions.count(); i++) {
          add(positions.at(i) - positions.at(i - 1));
        }
      }
      if (members != null) {
        flush();
        room(members.length);
        System.arraycopy(members, 0, data, size, members.length);
        size += members.length;
      }
    }

    /** The postings as text; the bytes are let go. */
    String release() {
      flush();
      String text = new String(data, 0, size, StandardCharsets.US_ASCII);
      data = null;
      return text;
    }
  }

  /**
   * The documents that have a shared text as its positional entries end: their number, then the
   * gaps (the first from -1). Encoded once, for all the text's grams.
   */
  static byte[] members(IntArrayList documents) {
    Entry e = new Entry("");
    e.add(documents.size());
    int previous = -1;
    for (int i = 0; i < documents.size(); i++) {
      e.add(documents.get(i) - previous);
      previous = documents.get(i);
    }
    e.flush();
    return Arrays.copyOf(e.data, e.size);
  }

  /**
   * A gram's positions in one document, in order. Nineteen grams in twenty have one: it is kept in
   * the object, which saves an array for each positional gram of each document (at 10,000 sheets,
   * some three million arrays, with the objects about an eighth of what the search stage allocated).
   */
  private static final class Positions {
    final long first;
    /** The further positions, null while there are none. */
    private long[] more;
    private int count = 1;

    Positions(long first) {
      this.first = first;
    }

    int count() {
      return count;
    }

    long at(int i) {
      return i == 0 ? first : more[i - 1];
    }

    void add(long position) {
      if (more == null) {
        more = new long[2];
      } else if (count - 1 == more.length) {
        more = Arrays.copyOf(more, more.length * 2);
      }
      more[count++ - 1] = position;
    }
  }

  /**
   * One document's grams: the first zone of each packed gram, the first position of each longer
   * listed gram (with its length, {@code position << 4 | n}), the positions of each
   * {@link Grams#SPELLING} gram; long grams whose hash an earlier gram of the document has, by
   * their text; the document's filter keys; and the shared texts it has, whose positions it
   * leaves to them.
   */
  final class DocGrams {
    /**
     * The zones' units: read seven times over each, and with only C1 (as a build runs) a string's
     * {@code charAt} is a call and an index check for each.
     */
    private final char[][] zones;
    private final LongIntHashMap zoneOf;
    private final LongLongHashMap firstOf;
    private final LongObjectHashMap<Positions> positions;
    private final Map<String, Long> spilledFirst = new TreeMap<>();
    private final Map<String, Positions> spilledPositions = new TreeMap<>();
    private final List<String> filterKeys;
    /** The {@link #sharedKey}s of the shared fields. */
    private final Set<String> shared = new TreeSet<>();
    /** For a shared text's own document: the documents that have it, as {@link #members} encodes them. */
    private byte[] members;

    private DocGrams(List<String> zones, List<String> filterKeys) {
      this.zones = new char[zones.size()][];
      int units = 0;
      for (int z = 0; z < zones.size(); z++) {
        this.zones[z] = zones.get(z).toCharArray();
        units += this.zones[z].length;
      }
      // Sized for the grams the benchmark's sheets have for each unit of their zones (2.3 packed,
      // 1.2 longer listed, 0.6 positional), not for a fixed 512 of each: the packed grams' map was
      // made twice for most sheets.
      zoneOf = new LongIntHashMap(units * 5 / 2);
      firstOf = new LongLongHashMap(units * 4 / 3);
      positions = new LongObjectHashMap<>(units * 2 / 3);
      this.filterKeys = filterKeys;
    }

    /** The gram of {@code n} units at a position of this document. */
    private String gram(long position, int n) {
      int offset = (int) (position % span);
      return new String(zones[(int) (position / span)], offset, n);
    }

    /** {@link Grams#key} of {@code n} units from {@code from} of the gram at a position of this document. */
    private long units(long position, int from, int n) {
      char[] zone = zones[(int) (position / span)];
      long units = 0;
      for (int i = (int) (position % span) + from, end = i + n; i < end; i++) {
        units = units << 16 | zone[i];
      }
      return units;
    }

    /** Whether the gram at {@code position} is {@code n} units of {@code text} from {@code from}. */
    private boolean same(long position, String text, int from, int n) {
      char[] zone = zones[(int) (position / span)];
      int offset = (int) (position % span);
      for (int i = 0; i < n; i++) {
        if (zone[offset + i] != text.charAt(from + i)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the grams of {@code n} units at two positions of this document are the same. */
    private boolean same(long position, long other, int n) {
      int a = (int) (position % span);
      int b = (int) (other % span);
      return Arrays.equals(zones[(int) (position / span)], a, a + n, zones[(int) (other / span)], b, b + n);
    }

    private void addListed(int zone, int i, int n, long h) {
      long position = zone * span + i;
      int at = firstOf.indexOf(h);
      if (!firstOf.indexExists(at)) {
        firstOf.indexInsert(at, h, position << 4 | n);
      } else {
        long value = firstOf.indexGet(at);
        if ((value & 15) != n || !same(value >>> 4, position, n)) {
          spilledFirst.putIfAbsent(gram(position, n), position);
        }
      }
    }

    /** Whether a {@link #firstOf} value is the first position of {@code n} units of {@code text} from {@code from}. */
    private boolean isFirst(long value, String text, int from, int n) {
      return (value & 15) == n && same(value >>> 4, text, from, n);
    }

    private void addSpelling(int zone, int i, long h) {
      long position = zone * span + i;
      Positions p = positions.get(h);
      if (p == null) {
        positions.put(h, new Positions(position));
      } else if (same(p.first, position, Grams.SPELLING)) {
        p.add(position);
      } else {
        String gram = gram(position, Grams.SPELLING);
        Positions spilled = spilledPositions.get(gram);
        if (spilled == null) {
          spilledPositions.put(gram, new Positions(position));
        } else {
          spilled.add(position);
        }
      }
    }

    /** The {@link #sharedKey}s of the shared fields the document has. */
    Set<String> shared() {
      return shared;
    }

    /** Every key the document has an entry under. */
    Set<String> keys() {
      Set<String> out = new HashSet<>(filterKeys);
      zoneOf.forEach((LongIntProcedure) (k, zone) -> out.add(Grams.text(k)));
      firstOf.forEach((LongLongProcedure) (h, first) -> out.add(gram(first >>> 4, (int) (first & 15))));
      positions.forEach((LongObjectProcedure<Positions>) (h, p) -> out.add(Grams.positional(gram(p.first, Grams.SPELLING))));
      out.addAll(spilledFirst.keySet());
      spilledPositions.keySet().forEach(g -> out.add(Grams.positional(g)));
      return out;
    }

    /** The document's entry under {@code key}, its first number counting {@code gap} from the previous document. */
    void appendEntry(StringBuilder b, String key, long gap) {
      if (Grams.isListed(key)) {
        Codec.append(b, gap * 4L + zone(key));
      } else if (Grams.isPositional(key)) {
        String gram = key.substring(0, key.length() - 1);
        Positions p = positions.get(hash.of(gram, 0, gram.length()));
        Entry entry = new Entry(key);
        entry.addPositions(gap, p != null && same(p.first, gram, 0, gram.length()) ? p : spilledPositions.get(gram), span,
            members);
        b.append(entry.release());
      } else {
        Codec.append(b, gap);
      }
    }

    private int zone(String gram) {
      if (gram.length() <= Grams.PACKED) {
        return zoneOf.get(Grams.key(gram, 0, gram.length()));
      }
      long h = hash.of(gram, 0, gram.length());
      long value = firstOf.getOrDefault(h, 0);
      long first = isFirst(value, gram, 0, gram.length()) ? value >>> 4 : spilledFirst.get(gram);
      return (int) (first / span);
    }
  }

  /**
   * Adds documents 0, 1, 2 … in order. Gathering grams runs in parallel, a batch ahead of
   * appending. Appending keeps document order for every key, on two threads that share no key:
   * one appends the packed grams' lists (a third of the work or more), the other every other
   * entry. So the bytes never depend on the threads.
   */
  void addAll(int documents, IntFunction<List<String>> normalizedZones, IntFunction<List<String>> filterKeys) {
    IntFunction<CompletableFuture<List<DocGrams>>> gather = first -> CompletableFuture.supplyAsync(
        () -> IntStream.range(first, Math.min(documents, first + BATCH)).parallel()
            .mapToObj(d -> grams(normalizedZones.apply(d), filterKeys.apply(d)))
            .toList());
    // Not the common pool: on two cores its one worker is gathering the next batch.
    ExecutorService packedAppender = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "kokai-search-packed");
      t.setDaemon(true);
      return t;
    });
    try {
      // The next batch's grams are gathered while this one's are appended.
      CompletableFuture<List<DocGrams>> next = documents > 0 ? gather.apply(0) : null;
      for (int first = 0; first < documents; first += BATCH) {
        List<DocGrams> batch = next.join();
        next = first + BATCH < documents ? gather.apply(first + BATCH) : null;
        int from = first;
        CompletableFuture<Void> packedDone = CompletableFuture.runAsync(() -> {
          for (int d = from; d < from + batch.size(); d++) {
            appendPacked(d, batch.get(d - from));
          }
        }, packedAppender);
        for (int d = first; d < first + batch.size(); d++) {
          appendOthers(d, batch.get(d - first));
        }
        packedDone.join();
      }
    } finally {
      packedAppender.shutdown();
    }
  }

  /** The grams of one document: its normalised zones and its filter keys. */
  DocGrams grams(List<String> zones, List<String> filterKeys) {
    return grams(zones, filterKeys, true);
  }

  /** The same; a shared text's own document keeps every position ({@code share} false). */
  private DocGrams grams(List<String> zones, List<String> filterKeys, boolean share) {
    DocGrams g = new DocGrams(zones, filterKeys);
    for (int z = 0; z < zones.size(); z++) {
      String t = zones.get(z);
      char[] text = g.zones[z];
      // The end of the field holding i, and whether its positions are left to its shared text.
      int fieldEnd = -1;
      boolean spelled = true;
      for (int i = 0; i < t.length(); i++) {
        if (i > fieldEnd) {
          fieldEnd = SharedTexts.fieldEnd(t, i);
          spelled = !share || !SharedTexts.mayShare(i, fieldEnd) || !shared.test(SharedTexts.fingerprint(z, t, i, fieldEnd));
          if (!spelled) {
            g.shared.add(sharedKey(z, t.substring(i, fieldEnd)));
          }
        }
        int longest = spelled ? Grams.SPELLING : Grams.LISTED;
        // The packed key of the first units, then the hash state of the longer grams.
        long units = 0;
        for (int n = 1; n <= longest && i + n <= t.length(); n++) {
          char c = text[i + n - 1];
          if (!Grams.indexable(c)) {
            break;
          }
          if (n <= Grams.PACKED) {
            units = units << 16 | c;
            int at = g.zoneOf.indexOf(units);
            if (!g.zoneOf.indexExists(at)) {
              g.zoneOf.indexInsert(at, units, z);
            }
          } else {
            units = Grams.mix(units, c);
            if (n <= Grams.LISTED) {
              g.addListed(z, i, n, hash.finish(units, n));
            } else {
              g.addSpelling(z, i, hash.finish(units, n));
            }
          }
        }
      }
    }
    return g;
  }

  /**
   * Adds the shared texts, after the last of the {@code documents} added: each one's positions and
   * the documents that have it. Call once, after {@link #addAll}.
   */
  void addShared(int documents) {
    int doc = documents;
    for (Map.Entry<String, IntArrayList> e : sharers.entrySet()) {
      appendPositions(doc++, sharedGrams(e.getKey(), e.getValue()));
    }
  }

  /** The shared texts by {@link #sharedKey}, in the order of their documents, with the documents that have them. */
  NavigableMap<String, IntArrayList> sharers() {
    return sharers;
  }

  /** The grams of a shared text's own document: the text in its zone, and the documents that have it. */
  DocGrams sharedGrams(String sharedKey, IntArrayList documents) {
    int zone = sharedKey.charAt(0) - '0';
    List<String> zones = new ArrayList<>(Collections.nCopies(zone + 1, ""));
    zones.set(zone, sharedKey.substring(1));
    DocGrams g = grams(zones, List.of(), false);
    g.members = members(documents);
    return g;
  }

  /** A document's entries in the lists of its packed grams: only {@link #packed} is touched. */
  private void appendPacked(int doc, DocGrams g) {
    g.zoneOf.forEach((LongIntProcedure) (k, zone) -> {
      int at = packed.indexOf(k);
      Entry e;
      if (packed.indexExists(at)) {
        e = packed.indexGet(at);
      } else {
        e = new Entry(k, 0);
        packed.indexInsert(at, k, e);
      }
      e.add(e.gap(doc) * 4L + zone);
    });
  }

  /** A document's other entries: its longer grams' lists and positions, its filter keys, its shared texts. */
  private void appendOthers(int doc, DocGrams g) {
    for (String key : g.shared) {
      sharers.computeIfAbsent(key, k -> new IntArrayList()).add(doc);
    }
    g.firstOf.forEach((LongLongProcedure) (h, value) -> {
      long first = value >>> 4;
      Entry e = longGram(listed, h, g, first, (int) (value & 15));
      e.add(e.gap(doc) * 4L + first / span);
    });
    g.spilledFirst.forEach((gram, first) -> {
      Entry e = longGram(listed, hash.of(gram, 0, gram.length()), gram);
      e.add(e.gap(doc) * 4L + first / span);
    });
    appendPositions(doc, g);
    for (String key : g.filterKeys) {
      Entry e = byKey.computeIfAbsent(key, Entry::new);
      e.add(e.gap(doc));
    }
  }

  /** The positional entries of a document (with a shared text's, the documents that have it). */
  private void appendPositions(int doc, DocGrams g) {
    g.positions.forEach((LongObjectProcedure<Positions>) (h, p) -> {
      Entry e = longGram(positional, h, g, p.first, Grams.SPELLING);
      e.addPositions(e.gap(doc), p, span, g.members);
    });
    g.spilledPositions.forEach((gram, p) -> {
      Entry e = longGram(positional, hash.of(gram, 0, gram.length()), gram);
      e.addPositions(e.gap(doc), p, span, g.members);
    });
  }

  /**
   * The entry of the long gram at {@code first} in the document, whose hash is {@code h}: the one
   * under the hash when it is that gram's (made when there is none), else the one under its text.
   */
  private Entry longGram(LongObjectHashMap<Entry> byHash, long h, DocGrams g, long first, int n) {
    Entry e = byHash.get(h);
    long head = g.units(first, 0, Grams.PACKED);
    long rest = g.units(first, Grams.PACKED, n - Grams.PACKED);
    return e != null && e.head == head && e.rest == rest ? e : longGram(byHash, h, head, rest);
  }

  /** The same for a gram given as text. */
  private Entry longGram(LongObjectHashMap<Entry> byHash, long h, String gram) {
    return longGram(byHash, h, Grams.key(gram, 0, Grams.PACKED), Grams.key(gram, Grams.PACKED, gram.length() - Grams.PACKED));
  }

  /** The same for a gram given as its units. */
  private Entry longGram(LongObjectHashMap<Entry> byHash, long h, long head, long rest) {
    int at = byHash.indexOf(h);
    if (!byHash.indexExists(at)) {
      Entry e = new Entry(head, rest);
      byHash.indexInsert(at, h, e);
      return e;
    }
    Entry e = byHash.indexGet(at);
    return e.head == head && e.rest == rest ? e : byKey.computeIfAbsent(Entry.keyOf(head, rest), Entry::new);
  }

  /**
   * Every key with its encoded postings, in a new map of no particular order (the shards sort their
   * keys). Each key's bytes are let go as soon as its text is made, so the postings are never held
   * twice; this empties the postings.
   */
  Map<String, String> encoded() {
    Map<String, String> out = new HashMap<>((packed.size() + listed.size() + positional.size() + byKey.size()) * 4 / 3 + 1);
    for (LongObjectHashMap<Entry> map : List.of(packed, listed, positional)) {
      map.forEach((LongObjectProcedure<Entry>) (k, e) -> out.put(e.key(), e.release()));
    }
    for (var it = byKey.values().iterator(); it.hasNext();) {
      Entry e = it.next();
      out.put(e.key(), e.release());
      it.remove();
    }
    return out;
  }
}

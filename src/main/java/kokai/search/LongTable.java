package kokai.search;

import java.util.function.LongFunction;

/**
 * A hash table from {@code long} keys to values, without a boxed key per entry: the n-grams of a
 * document are looked up millions of times while indexing, as numbers (see {@link Grams#key}).
 * Open addressing with linear probing; a slot is free when its value is null, so values are never
 * null. Not thread-safe.
 *
 * <pre>{@code
 * LongTable<StringBuilder> t = new LongTable<>();
 * t.computeIfAbsent(42L, k -> new StringBuilder()).append('x');
 * t.get(42L);   // "x"
 * }</pre>
 */
final class LongTable<V> {
  /** Consumes one key and its value. */
  @FunctionalInterface
  interface Visitor<V> {
    void visit(long key, V value);
  }

  private long[] keys;
  private Object[] values;
  private int size;

  LongTable() {
    this(16);
  }

  /** A table that holds {@code expected} keys before it grows. */
  LongTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new Object[capacity];
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    return (V) values[find(key)];
  }

  /** The value of {@code key}, made by {@code make} and kept when there was none. */
  @SuppressWarnings("unchecked")
  V computeIfAbsent(long key, LongFunction<V> make) {
    int i = find(key);
    if (values[i] != null) {
      return (V) values[i];
    }
    V value = make.apply(key);
    add(i, key, value); // may grow the table and move the slot
    return value;
  }

  /** Sets the value of {@code key} when it has none. */
  void putIfAbsent(long key, V value) {
    int i = find(key);
    if (values[i] == null) {
      add(i, key, value);
    }
  }

  /** Visits every key in no particular order. */
  @SuppressWarnings("unchecked")
  void forEach(Visitor<? super V> visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != null) {
        visitor.visit(keys[i], (V) values[i]);
      }
    }
  }

  /** The slot that holds {@code key}, or the free slot where it would go. */
  private int find(long key) {
    int i = slot(key, keys.length);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & (keys.length - 1);
    }
    return i;
  }

  private void add(int i, long key, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a value may not be null");
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != null) {
        int i = find(oldKeys[j]);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** Fibonacci hashing: the key's bits spread over the high bits, which pick the slot. */
  private static int slot(long key, int capacity) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(capacity)));
  }
}

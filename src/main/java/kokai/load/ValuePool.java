package kokai.load;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each equal text and number read during one load. A city's sheets repeat
 * themselves: every sheet of a department names the same department and division, the same
 * project's sheets of five fiscal years carry the same purpose and indicator names, and counts and
 * percentages take the same few values. Keeping one copy of each bounds the memory of a large
 * collection by what is different in it rather than by its size. Values are immutable (strings,
 * {@code Long}, {@code BigDecimal} with its scale), so sharing them cannot be observed. The pool is
 * made per load and dropped with it: the loaded records keep what they use.
 *
 * <pre>{@code
 * ValuePool pool = new ValuePool();
 * String a = pool.keep(new String("子育て支援課"));
 * assert a == pool.keep(new String("子育て支援課"));
 * }</pre>
 */
final class ValuePool {
  private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

  /** The pool's copy of {@code value}, which becomes that copy when it is the first. */
  @SuppressWarnings("unchecked")
  <T> T keep(T value) {
    if (value == null || value instanceof Boolean || value instanceof Enum || boxedOnce(value)) {
      return value; // one instance each already
    }
    // Most values were seen before: a lookup does not lock, as putIfAbsent may.
    Object had = values.get(value);
    if (had == null) {
      had = values.putIfAbsent(value, value);
    }
    return had == null ? value : (T) had;
  }

  /**
   * A whole number that Java boxes to one shared instance ({@code Integer.valueOf} and
   * {@code Long.valueOf} keep -128 to 127, as the binder's boxing does): a score, an SDG goal or a
   * funding of 0 need no lookup in a pool of hundreds of thousands of values.
   */
  private static boolean boxedOnce(Object value) {
    return value instanceof Integer i ? i >= -128 && i <= 127 : value instanceof Long l && l >= -128 && l <= 127;
  }

  /** How many different values the pool holds. */
  int size() {
    return values.size();
  }
}

package kokai.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a value stands in a file's tree, as diagnostics name it: {@code costs[1].budget},
 * {@code departmentSlugs.総務部}. Names are joined by dots and a list item follows as its index in
 * brackets; a mapping's key is written as it is, so a department named 総務部.企画課 or 市民部[旧]
 * reads like a deeper path, and only the tree tells them apart. Every reading of such a path in
 * the loader is this one.
 *
 * <pre>{@code
 * Node at = FieldPath.read("departmentSlugs.市民部[旧]", tree).map(p -> p.reached(tree)).orElse(tree);
 * }</pre>
 *
 * @param steps the keys ({@code String}) and list indexes ({@code Integer}) from the top of the file
 */
record FieldPath(List<Object> steps) {
  /** The longest index a path names: nine digits, as many as an {@code int} always holds. */
  private static final int MAX_INDEX_DIGITS = 9;

  FieldPath {
    steps = List.copyOf(steps);
  }

  static FieldPath of(Object... steps) {
    return new FieldPath(List.of(steps));
  }

  /**
   * {@code text} read against {@code tree}: where a mapping of the tree has a key that the text
   * goes on with, that key is one step, however it is spelt (the longest such key that leaves a
   * path to read); past the tree, a name runs to the next dot or bracket. Empty for no text, or
   * for text not written as a field path.
   */
  static Optional<FieldPath> read(String text, Node tree) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(rest(text, 0, tree)).map(FieldPath::new);
  }

  /** The steps of {@code text} from {@code at} (where a step starts) down from {@code node}; null when it does not read. */
  private static List<Object> rest(String text, int at, Node node) {
    if (at == text.length()) {
      return new ArrayList<>();
    }
    if (at > 0 && text.charAt(at) == '[') {
      return index(text, at, node);
    }
    if (at > 0 && text.charAt(at) != '.') {
      return null;
    }
    int from = at == 0 ? 0 : at + 1;
    if (node instanceof Node.MapNode m) {
      List<String> keys = m.entries().keySet().stream().filter(k -> endsStep(text, from, k) && (from > 0 || !k.isEmpty()))
          .sorted(Comparator.comparingInt(String::length).reversed()).toList();
      for (String k : keys) {
        List<Object> after = rest(text, from + k.length(), m.entries().get(k).value());
        if (after != null) {
          after.add(0, k);
          return after;
        }
      }
    }
    int end = from;
    while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
      end++;
    }
    String name = text.substring(from, end);
    List<Object> after = name.isEmpty() ? null : rest(text, end, null);
    if (after != null) {
      after.add(0, name);
    }
    return after;
  }

  /** Whether {@code key} is written at {@code from} and a step ends with it. */
  private static boolean endsStep(String text, int from, String key) {
    int end = from + key.length();
    return text.startsWith(key, from) && (end == text.length() || text.charAt(end) == '.' || text.charAt(end) == '[');
  }

  private static List<Object> index(String text, int at, Node node) {
    int close = text.indexOf(']', at);
    String digits = close < 0 ? "" : text.substring(at + 1, close);
    if (digits.isEmpty() || digits.length() > MAX_INDEX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int i = Integer.parseInt(digits);
    Node item = node instanceof Node.ListNode l && i < l.items().size() ? l.items().get(i) : null;
    List<Object> after = rest(text, close + 1, item);
    if (after != null) {
      after.add(0, i);
    }
    return after;
  }

  /**
   * The top-level field {@code text} lies in, read against {@code tree}: {@code costs} of
   * {@code costs[1].budget}, {@code title.en} of a field written so; the text itself when it does not read.
   */
  static String topOf(String text, Node tree) {
    return read(text, tree).map(p -> p.steps().get(0).toString()).orElse(text);
  }

  /** The node this path names in {@code tree}, or the deepest one on the way to it that is there. */
  Node reached(Node tree) {
    Node n = tree;
    for (Object step : steps) {
      Node next = null;
      if (step instanceof String key && n instanceof Node.MapNode m && m.entries().containsKey(key)) {
        next = m.entries().get(key).value();
      } else if (step instanceof Integer i && n instanceof Node.ListNode l && i < l.items().size()) {
        next = l.items().get(i);
      }
      if (next == null) {
        break;
      }
      n = next;
    }
    return n;
  }

  /** Whether this path is {@code outer} or lies inside it. */
  boolean within(FieldPath outer) {
    return steps.size() >= outer.steps.size() && steps.subList(0, outer.steps.size()).equals(outer.steps);
  }
}

package kokai.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it stood in its file, so that every diagnostic
 * can name a line and a column. Jackson's own tree forgets locations; this one keeps them.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  /** 1-based line of the value's first character. */
  int line();

  /** 1-based column of the value's first character. */
  int column();

  /** A mapping; keys keep their order and their own positions. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** One key of a mapping, where the key itself stands, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  /** A sequence. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }
  }

  /** A scalar: its text as written (so "088" stays "088") and what kind of token it was. */
  record ScalarNode(int line, int column, Kind kind, String text) implements Node {
    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    boolean isNull() {
      return kind == Kind.NULL;
    }
  }

  /** A short word for what this node is, for messages: "a list", "a mapping", "text". */
  static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping (key: value)";
    }
    if (n instanceof ListNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) n;
    return switch (s.kind()) {
      case STRING -> "the text \"" + abbreviate(s.text()) + "\"";
      case INTEGER, DECIMAL -> "the number " + s.text();
      case BOOLEAN -> "the boolean " + s.text();
      case NULL -> "nothing (null)";
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}

package kokai.search;

import java.util.List;
import java.util.Map;
import kokai.diag.Escaping;

/** The few JSON literals the index files need, written by hand so the bytes never depend on a library's defaults. */
final class Js {
  private Js() {}

  static void string(StringBuilder out, String s) {
    Escaping.jsonString(out, s);
  }

  /**
   * An object of keys and their postings. The postings are in {@link Codec#ALPHABET}, which needs no
   * escaping: they are copied as they are, not looked at character by character.
   */
  static void postingsMap(StringBuilder out, Map<String, String> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, e.getKey());
      out.append(":\"").append(e.getValue()).append('"');
    }
    out.append('}');
  }

  static void stringList(StringBuilder out, List<String> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, list.get(i));
    }
    out.append(']');
  }
}

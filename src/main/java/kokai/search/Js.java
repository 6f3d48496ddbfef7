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
   * An object of keys and their postings, each list as {@link DenseList#written} gives it. The
   * postings are in {@link Codec#ALPHABET} (and a dense list's mark), which needs no escaping: they
   * are copied as they are, not looked at character by character.
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
      out.append(":\"").append(DenseList.written(e.getKey(), e.getValue())).append('"');
    }
    out.append('}');
  }

  /**
   * A text as written with its {@link Alignment} places, {@code ["text",0,1,2]}, or the bare string
   * when it has none. A text whose places cannot be found is written in its display form instead.
   */
  static void field(StringBuilder out, String text) {
    int[] places = Alignment.places(text);
    if (places == null) {
      string(out, SearchText.display(text));
      return;
    }
    if (places.length == 0) {
      string(out, text == null ? "" : text);
      return;
    }
    out.append('[');
    string(out, text);
    for (int p : places) {
      out.append(',').append(p);
    }
    out.append(']');
  }
}

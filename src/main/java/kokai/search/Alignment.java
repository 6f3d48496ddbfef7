package kokai.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Where each unit of a text's display form ({@link SearchText#display}) comes from in the text as
 * written, so that a snippet found in the display form can show the sheet's own characters:
 * （任意） and not (任意), ｶﾀｶﾅ and not カタカナ.
 *
 * <p>Most units pair one to one with a written unit, full-width forms included. The rest are given
 * as places: flat triples of display offset, display units and written units, in order, where
 * <ul>
 *   <li>a character NFKC makes longer is one place (㈱ → (株): 3 display units, 1 written);
 *   <li>a character and the marks after it are one place (ｶﾞ → ガ: 1 and 2), and so is a
 *       character outside the Basic Multilingual Plane, whose two units must stay together;
 *   <li>a run of white space shown as one space is one place (1 and the run's length), and white
 *       space trimmed from the start is a place of no display units.
 * </ul>
 * Units between places pair one to one. {@code search.js} rebuilds the map from the text and its
 * places.
 *
 * <pre>{@code
 * Alignment.places("ｶﾞｽ料金")  // [0, 1, 2]: ガ from ｶﾞ; ス pairs with ｽ
 * Alignment.places("（任意）")  // []: every unit pairs with one
 * Alignment.places(" ㈱")       // [0, 0, 1, 0, 3, 1]: the space trimmed, (株) from ㈱
 * }</pre>
 */
final class Alignment {
  private static final int[] NONE = new int[0];

  private Alignment() {}

  /**
   * The places of a text, or null if grouping its characters does not give its NFKC form (never
   * seen: a join the grouping missed), in which case the display form must stand for itself.
   */
  static int[] places(String text) {
    if (text == null || isPlain(text)) {
      return NONE;
    }
    Builder b = new Builder(text);
    // The group being built starts at gs; its NFKC form is group, or, while group is null, the
    // one plain character at gs (most of a text, passed without asking the normaliser).
    int gs = -1;
    String group = null;
    for (int i = 0; i < text.length();) {
      int end = i + Character.charCount(text.codePointAt(i));
      if (SearchText.isPlain(text.charAt(i))) {
        b.group(text, gs, i, group);
        gs = i;
        group = null;
      } else {
        String n = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC);
        // A mark stays with what it marks, whether or not NFKC composes them: marks are
        // reordered and composed within such a group, never across two.
        if (gs >= 0 && joins(n)) {
          group = Normalizer.normalize(text.substring(gs, end), Normalizer.Form.NFKC);
        } else {
          b.group(text, gs, i, group);
          gs = i;
          group = n;
        }
      }
      i = end;
    }
    b.group(text, gs, text.length(), group);
    return b.nfkc.toString().equals(Normalizer.normalize(text, Normalizer.Form.NFKC)) ? b.places() : null;
  }

  /** Whether every unit is its own display form and no white space is collapsed or trimmed. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!SearchText.isPlain(c) && !(c == ' ' && i > 0 && i < text.length() - 1 && text.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Whether an NFKC form may join the character before it: a mark, or a Hangul vowel or final. */
  private static boolean joins(String n) {
    if (n.isEmpty()) {
      return false;
    }
    int c = n.codePointAt(0);
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || (c >= 0x1160 && c <= 0x11ff);
  }

  /** Display units with the written span each comes from, made into places. */
  private static final class Builder {
    final StringBuilder nfkc;
    int[] from = new int[16];
    int[] to = new int[16];
    int units;
    boolean space;

    Builder(String text) {
      nfkc = new StringBuilder(text.length());
    }

    /**
     * The display units of one group, written at [start, end) of text, NFKC form n, or the plain
     * character at start when n is null; nothing when start is negative. A run of white space that
     * reaches into a group whose form goes on after it (゛ is a space and a mark) takes the rest of
     * the group into its own span, so that spans never overlap.
     */
    void group(String text, int start, int end, String n) {
      if (start < 0) {
        return;
      }
      if (n == null) {
        nfkc.append(text.charAt(start));
        add(start, end);
        space = false;
        return;
      }
      nfkc.append(n);
      int from = start;
      for (int j = 0; j < n.length(); j++) {
        boolean sp = SearchText.isSpace(n.charAt(j));
        if (sp && space) {
          to[units - 1] = end;
          from = this.from[units - 1];
        } else if (!sp || units > 0) {
          add(from, end);
          space = sp;
        }
      }
    }

    private void add(int start, int end) {
      if (units == from.length) {
        from = Arrays.copyOf(from, units * 2);
        to = Arrays.copyOf(to, units * 2);
      }
      from[units] = start;
      to[units++] = end;
    }

    int[] places() {
      int n = space ? units - 1 : units;
      int[] out = new int[16];
      int size = 0;
      int cursor = 0;
      for (int k = 0; k < n;) {
        int run = 1;
        while (k + run < n && from[k + run] == from[k]) {
          run++;
        }
        if (from[k] > cursor) {
          out = put(out, size, k, 0, from[k] - cursor);
          size += 3;
        }
        int written = to[k + run - 1] - from[k];
        if (run != 1 || written != 1) {
          out = put(out, size, k, run, written);
          size += 3;
        }
        cursor = from[k] + written;
        k += run;
      }
      return size == 0 ? NONE : Arrays.copyOf(out, size);
    }

    private static int[] put(int[] out, int size, int a, int b, int c) {
      int[] o = size + 3 > out.length ? Arrays.copyOf(out, out.length * 2) : out;
      o[size] = a;
      o[size + 1] = b;
      o[size + 2] = c;
      return o;
    }
  }
}

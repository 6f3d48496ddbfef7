package kokai.render.chart;

import java.util.Arrays;
import kokai.diag.Escaping;
import kokai.render.text.JapaneseRuns;

/**
 * A small SVG writer: escapes text and attribute values and writes coordinates with at most one
 * decimal, without locale, so the same chart is the same bytes on every machine.
 */
final class Svg {
  private final StringBuilder sb;

  /** A writer for about {@code size} characters. */
  Svg(int size) {
    sb = new StringBuilder(size);
  }

  Svg() {
    this(256);
  }

  Svg raw(String s) {
    sb.append(s);
    return this;
  }

  /** Opens an element; attributes come as name, value pairs, null values are left out. */
  Svg open(String name, Object... attrs) {
    start(name, attrs);
    sb.append('>');
    return this;
  }

  /** An element without content. */
  Svg empty(String name, Object... attrs) {
    start(name, attrs);
    sb.append("/>");
    return this;
  }

  Svg close(String name) {
    sb.append("</").append(name).append('>');
    return this;
  }

  /** An element with text content. */
  Svg text(String name, String text, Object... attrs) {
    open(name, attrs);
    sb.append(Escaping.xml(text));
    return close(name);
  }

  /**
   * An element with words that may hold Japanese (an indicator's unit, a department's name): with
   * {@code mark} (an interface in another language) each Japanese run is a {@code <tspan lang="ja">}.
   */
  Svg words(String name, String text, boolean mark, Object... attrs) {
    open(name, attrs);
    sb.append(mark ? JapaneseRuns.markup(text, run -> "<tspan lang=\"ja\">" + run + "</tspan>") : Escaping.xml(text));
    return close(name);
  }

  /**
   * An element whose text cannot hold markup ({@code title}, {@code desc}: no {@code tspan} in
   * them): with {@code mark} (an interface in another language) and Japanese in the text, the
   * element as a whole carries {@code lang="ja"}. A Japanese voice reads the English words and
   * figures beside the Japanese name ("FY2022 Target: 280.0 分以内") passably; an English one
   * cannot read the name at all.
   */
  Svg label(String name, String text, boolean mark, Object... attrs) {
    boolean japanese = mark && JapaneseRuns.hasJapanese(text);
    if (!japanese) {
      return text(name, text, attrs);
    }
    Object[] withLang = Arrays.copyOf(attrs, attrs.length + 2);
    withLang[attrs.length] = "lang";
    withLang[attrs.length + 1] = "ja";
    return text(name, text, withLang);
  }

  private void start(String name, Object... attrs) {
    sb.append('<').append(name);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      Object v = attrs[i + 1];
      if (v == null) {
        continue;
      }
      sb.append(' ').append(attrs[i]).append("=\"");
      if (v instanceof Double d) {
        num(sb, d);
      } else if (v instanceof Float f) {
        num(sb, f);
      } else if (v instanceof Integer n) {
        sb.append(n.intValue());
      } else {
        sb.append(Escaping.xml(v.toString()));
      }
      sb.append('"');
    }
  }

  /** A coordinate with at most one decimal: 12, 12.5, -3.2. */
  static String num(double v) {
    return num(new StringBuilder(8), v).toString();
  }

  /**
   * {@link #num(double)} written at the end of {@code out}: a chart writes some hundred coordinates,
   * and a string of its own for each, joined from a sign, a whole part and a decimal, was a good
   * part of a chart's time.
   */
  static StringBuilder num(StringBuilder out, double v) {
    long tenths = Math.round(v * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append((char) ('0' + tenths % 10));
    }
    return out;
  }


  @Override
  public String toString() {
    return sb.toString();
  }
}

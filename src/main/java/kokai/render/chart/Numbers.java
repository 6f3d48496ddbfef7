package kokai.render.chart;

import java.math.BigDecimal;

/**
 * Figures as a Japanese reader expects them, the same on every machine: thousands separated by
 * commas (86,185), decimals as given (12.5), never in exponent form, a figure below zero with the
 * minus sign (−1,500). For the pages only: the data downloads write numbers as a program reads them.
 */
public final class Numbers {
  /**
   * U+2212, which a screen reader reads "minus" and which stands level with the digits, where the
   * hyphen-minus '-' is read "hyphen" or not at all; a foreign reader does not know the △ of
   * Japanese finance tables.
   */
  public static final char MINUS = '\u2212';

  private Numbers() {}

  /** A number as written (keeping its decimals: 280.0, 1.50), its whole part grouped. */
  public static String format(BigDecimal v) {
    String s = v.toPlainString();
    int dot = s.indexOf('.');
    return dot < 0 ? group(s) : group(s.substring(0, dot)) + s.substring(dot);
  }

  static String format(long v) {
    return group(Long.toString(v));
  }

  /**
   * Digits grouped by three with commas (86185 → 86,185); a leading '-' is shown as {@link #MINUS}. Written
   * out because it runs for every figure of every page; the pages, charts and citations all
   * group through here.
   */
  public static String group(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    int n = digits.length() - start;
    if (n <= 3) {
      return start == 0 ? digits : MINUS + digits.substring(1);
    }
    StringBuilder sb = new StringBuilder(digits.length() + n / 3);
    if (start > 0) {
      sb.append(MINUS);
    }
    int first = n % 3 == 0 ? 3 : n % 3;
    sb.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}

package kokai.render.chart;

import java.math.BigDecimal;

/**
 * Figures as a Japanese reader expects them, the same on every machine: thousands separated by
 * commas (86,185), decimals as given (12.5), never in exponent form.
 */
public final class Numbers {
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
   * Digits grouped by three with commas (86185 → 86,185); a leading minus sign is kept. Written
   * out because it runs for every figure of every page; the pages, charts and citations all
   * group through here.
   */
  public static String group(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    int n = digits.length() - start;
    if (n <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits.length() + n / 3);
    sb.append(digits, 0, start);
    int first = n % 3 == 0 ? 3 : n % 3;
    sb.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}

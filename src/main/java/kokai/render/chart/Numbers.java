package kokai.render.chart;

import java.math.BigDecimal;

/**
 * Figures as a Japanese reader expects them, the same on every machine: thousands separated by
 * commas (86,185), decimals as given (12.5), never in exponent form.
 */
final class Numbers {
  private Numbers() {}

  static String format(BigDecimal v) {
    String s = v.toPlainString();
    String sign = s.startsWith("-") ? "-" : "";
    String digits = sign.isEmpty() ? s : s.substring(1);
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return sign + out + fraction;
  }

  static String format(long v) {
    return format(BigDecimal.valueOf(v));
  }
}

package kokai.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import kokai.model.ValueLimits;

/**
 * Reads printed figures: digits of either width, thousands commas, decimals, and a minus written as
 * △ or ▲ (Japanese accounting), -, the full-width － or the minus sign −.
 */
final class Figures {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  /**
   * An ellipsis of any form ("…", "‥", "...", "・・・"), as Japanese tables print a figure that is
   * not known: no value, as a dash is. (Folding writes … as three full stops.)
   */
  private static final Pattern NOT_KNOWN = Pattern.compile("\\.{2,}|・{2,}");

  /** Marks for minus that folding leaves as they are (the full-width － folds to -). */
  private static final String MINUS = "△▲−";

  private Figures() {}

  /** Whether the cell holds a figure (or a dash or an ellipsis for none). */
  static boolean isFigure(String text) {
    return isNoValue(text) || NUMBER.matcher(clean(text)).matches();
  }

  /** Whether the cell says "no figure": empty, a dash ({@link Texts#isNone}) or an ellipsis. */
  private static boolean isNoValue(String text) {
    return Texts.isNone(text) || NOT_KNOWN.matcher(Texts.key(text)).matches();
  }

  /**
   * The figure as printed (1.50 keeps its two decimals), or null for an empty cell, a dash or an
   * ellipsis.
   *
   * @throws IllegalArgumentException when the cell is no figure, or one the content format refuses
   *     ({@link ValueLimits}): too large, or with too many digits after the point
   */
  static BigDecimal parse(String text) {
    BigDecimal d = read(text);
    if (d == null) {
      return null;
    }
    if (ValueLimits.isTooLarge(d)) {
      throw new IllegalArgumentException("\"" + text + "\" is too large: a figure is at most "
          + String.format("%,d", ValueLimits.LARGEST_FIGURE) + " in either sign");
    }
    if (ValueLimits.hasTooManyDecimals(d)) {
      throw new IllegalArgumentException("\"" + text + "\" has more than " + ValueLimits.MAX_DECIMALS
          + " digits after the point (rounded: " + ValueLimits.rounded(d) + ")");
    }
    return d;
  }

  /**
   * A whole figure (thousands of yen); 1,234.0 is read as 1234.
   *
   * @throws IllegalArgumentException when the cell is no whole figure, or too large for one
   */
  static Long parseWhole(String text) {
    BigDecimal d = read(text);
    if (d == null) {
      return null;
    }
    BigDecimal whole = d.stripTrailingZeros();
    if (whole.scale() > 0) {
      throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
    }
    try {
      return whole.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("\"" + text + "\" is too large", e);
    }
  }

  private static BigDecimal read(String text) {
    if (isNoValue(text)) {
      return null;
    }
    String s = clean(text);
    if (!NUMBER.matcher(s).matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a figure");
    }
    return new BigDecimal(s);
  }

  private static String clean(String text) {
    String s = Texts.key(text).replace(",", "");
    return !s.isEmpty() && MINUS.indexOf(s.charAt(0)) >= 0 ? "-" + s.substring(1) : s;
  }
}

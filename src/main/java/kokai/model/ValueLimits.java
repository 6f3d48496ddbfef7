package kokai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the content format refuses in any value, whoever writes it: the loader refuses it at its
 * place in a content file, and the importer does not write it. A single field's own limits are on
 * the field ({@link Field#min()}).
 */
public final class ValueLimits {
  /** The most digits after the point a figure may have: more is no measurement a sheet gives. */
  public static final int MAX_DECIMALS = 9;
  /** The largest figure a decimal field may have, in either sign. */
  public static final long LARGEST_FIGURE = 1_000_000_000_000_000L;

  private ValueLimits() {}

  public static boolean isTooLarge(BigDecimal figure) {
    return figure.abs().compareTo(BigDecimal.valueOf(LARGEST_FIGURE)) > 0;
  }

  public static boolean hasTooManyDecimals(BigDecimal figure) {
    return figure.stripTrailingZeros().scale() > MAX_DECIMALS;
  }

  /**
   * The figure rounded to {@link #MAX_DECIMALS} digits after the point, as a hint. What rounds to 0
   * is said to at once: rounding 1.0e-99999999 would take a minute.
   */
  public static String rounded(BigDecimal figure) {
    boolean zero = figure.precision() - figure.scale() < -MAX_DECIMALS;
    return zero ? "0" : figure.setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * Whether a text may not hold the character: a control character other than the line breaks and
   * tab (NUL, ESC, those of C1 save NEL) or a noncharacter. Editors do not show them, and no page,
   * JSON file or CSV should carry them.
   */
  public static boolean isControl(char ch) {
    return (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F && ch != 0x85)
        || ch == '\uFFFE' || ch == '\uFFFF';
  }
}

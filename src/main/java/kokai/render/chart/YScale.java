package kokai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical scale from a round minimum to a round maximum with four to six ticks at 1, 2 or 5
 * times a power of ten, so axis labels read 0, 50,000, 100,000 rather than 0, 43,046, 86,092.
 */
record YScale(double min, double max, List<BigDecimal> ticks) {
  static final int TARGET_TICKS = 4;

  /** A scale that shows 0 and every given value; {@code low}/{@code high} are the data's extremes. */
  static YScale covering(double low, double high) {
    double lo = Math.min(0, low);
    double hi = Math.max(0, high);
    if (hi - lo <= 0) {
      hi = lo + 1;
    }
    BigDecimal step = niceStep((hi - lo) / TARGET_TICKS);
    double s = step.doubleValue();
    double first = Math.floor(lo / s) * s;
    double last = Math.ceil(hi / s) * s;
    List<BigDecimal> ticks = new ArrayList<>();
    long n = Math.round((last - first) / s);
    BigDecimal start = step.multiply(BigDecimal.valueOf(Math.round(first / s)));
    for (long i = 0; i <= n; i++) {
      ticks.add(start.add(step.multiply(BigDecimal.valueOf(i))));
    }
    return new YScale(first, last, List.copyOf(ticks));
  }

  private static BigDecimal niceStep(double raw) {
    int exp = (int) Math.floor(Math.log10(raw));
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exp);
    for (int m : new int[] {1, 2, 5}) {
      BigDecimal step = power.multiply(BigDecimal.valueOf(m));
      if (step.doubleValue() >= raw) {
        return step;
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  /** The y coordinate of {@code v} in a plot from {@code top} to {@code bottom}. */
  double y(double v, double top, double bottom) {
    return bottom - (v - min) / (max - min) * (bottom - top);
  }
}

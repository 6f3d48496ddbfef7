package kokai.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
  /** As the JDK groups them, with the minus sign U+2212 that a screen reader reads "minus" for its hyphen. */
  @Test
  void wholeNumbersAreGroupedAsTheJdkGroupsThem() {
    Random r = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      long v = switch (i % 4) {
        case 0 -> r.nextInt(2_000) - 1_000;
        case 1 -> r.nextInt();
        case 2 -> r.nextLong();
        default -> (long) Math.pow(10, i % 19) * (i % 8 < 4 ? 1 : -1);
      };
      assertThat(Numbers.format(BigDecimal.valueOf(v))).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%,d", v).replace('-', '\u2212'));
    }
    assertThat(Numbers.format(BigDecimal.valueOf(Long.MIN_VALUE))).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE).replace('-', '\u2212'));
  }

  @Test
  void decimalsStayAsWrittenAndNeverTurnIntoAnExponent() {
    assertThat(Numbers.format(new BigDecimal("86185"))).isEqualTo("86,185");
    assertThat(Numbers.format(new BigDecimal("280.0"))).isEqualTo("280.0");
    assertThat(Numbers.format(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
    assertThat(Numbers.format(new BigDecimal("-1234.50"))).isEqualTo("\u22121,234.50");
    assertThat(Numbers.format(new BigDecimal("-0.5"))).isEqualTo("\u22120.5");
    assertThat(Numbers.format(new BigDecimal("1E+3"))).isEqualTo("1,000");
    assertThat(Numbers.format(new BigDecimal("0.000001"))).isEqualTo("0.000001");
  }
}

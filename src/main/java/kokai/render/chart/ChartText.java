package kokai.render.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import kokai.model.FiscalYear;

/**
 * The words of the charts: series names, titles, the text alternative, the brackets around a unit
 * and the year labels, all from the interface text ({@code chart.*} keys of the theme's
 * {@code i18n/messages_*.properties}); {@code {0}}, {@code {1}} are filled in.
 *
 * <pre>{@code
 * new Charts(ChartText.japanese());                           // the default theme's Japanese words
 * new Charts(new ChartText(key -> messages.find(key), true));   // English year labels: FY2022
 * }</pre>
 */
public final class ChartText {
  /** The default theme's Japanese interface text, as packed beside the classes. */
  private static final String BUILT_IN_JA = "kokai/themes/default/i18n/messages_ja.properties";

  private final Function<String, Optional<String>> words;
  private final boolean english;

  /**
   * @param words the theme's text for a key
   * @param english whether years read FY2022 rather than 令和4年度
   */
  public ChartText(Function<String, Optional<String>> words, boolean english) {
    this.words = Objects.requireNonNull(words, "words");
    this.english = english;
  }

  /** The default theme's Japanese words. */
  public static ChartText japanese() {
    Properties p = new Properties();
    try (InputStream in = ChartText.class.getClassLoader().getResourceAsStream(BUILT_IN_JA)) {
      if (in == null) {
        throw new IllegalStateException("the default theme's messages are missing: " + BUILT_IN_JA);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChartText(k -> Optional.ofNullable(p.getProperty(k)), false);
  }

  String get(String key, Object... args) {
    String s = words.apply(key).orElseThrow(
        () -> new IllegalArgumentException("no interface text \"" + key + "\": add it to i18n/messages_*.properties"));
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** 令和4年度, or FY2022 in English. */
  String year(int fiscalYear) {
    FiscalYear y = FiscalYear.of(fiscalYear);
    return english ? y.english() : y.japanese();
  }

  /** R4, or FY22 in English: for many years side by side. */
  String shortYear(int fiscalYear) {
    FiscalYear y = FiscalYear.of(fiscalYear);
    return english ? "FY" + (fiscalYear % 100 < 10 ? "0" : "") + fiscalYear % 100 : y.shortJapanese();
  }

  boolean english() {
    return english;
  }

  /** A unit after a name: 利用者数（人）, in English Users (people). */
  String afterName(String unit) {
    return unit.isEmpty() ? "" : get("chart.unitAfterName", unit);
  }

  /** A unit above the value axis: （千円）, in English (JPY thousand). */
  String axisUnit(String unit) {
    return unit.isEmpty() ? "" : get("chart.axisUnit", unit);
  }
}

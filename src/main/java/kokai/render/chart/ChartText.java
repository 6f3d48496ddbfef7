package kokai.render.chart;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kokai.model.FiscalYear;

/**
 * The words of the charts: series names, titles, the text alternative and the year labels. The
 * Japanese defaults below apply unless the theme's interface text ({@code chart.*} keys of
 * {@code i18n/messages_*.properties}) gives its own; {@code {0}}, {@code {1}} are filled in.
 *
 * <pre>{@code
 * new Charts(ChartText.japanese());
 * new Charts(new ChartText(key -> messages.find(key), true));   // English year labels: FY2022
 * }</pre>
 */
public final class ChartText {
  private static final Map<String, String> JA = Map.ofEntries(
      Map.entry("chart.yen", "千円"),
      Map.entry("chart.unknown", "不明"),
      Map.entry("chart.notYet", "未確定"),
      Map.entry("chart.year", "年度"),
      Map.entry("chart.budget", "予算額"),
      Map.entry("chart.settlement", "決算額"),
      Map.entry("chart.personnel", "人件費"),
      Map.entry("chart.general", "一般財源"),
      Map.entry("chart.grantsAndBonds", "国庫、県支出金、地方債"),
      Map.entry("chart.other", "その他"),
      Map.entry("chart.target", "目標値"),
      Map.entry("chart.actual", "実績"),
      Map.entry("chart.cost.title", "コストの推移（{0}）"),
      Map.entry("chart.cost.what", "予算額・決算額・人件費"),
      Map.entry("chart.funding.title", "財源内訳（{0}）"),
      Map.entry("chart.funding.what", "決算額の財源内訳"),
      Map.entry("chart.indicator.title", "指標{0} {1}"),
      Map.entry("chart.indicator.what", "{0}の目標値と実績"),
      Map.entry("chart.totals.title", "{0} 年度ごとの合計（{1}）"),
      Map.entry("chart.totals.what", "{0}の予算額・決算額・人件費の合計"),
      Map.entry("chart.span", "{0}から{1}"),
      Map.entry("chart.describe", "{0}の{1}。数値は図の次の表にあります。"));

  private final Function<String, Optional<String>> override;
  private final boolean english;

  /**
   * @param override the theme's text for a key, if it has one
   * @param english whether years read FY2022 rather than 令和4年度
   */
  public ChartText(Function<String, Optional<String>> override, boolean english) {
    this.override = Objects.requireNonNull(override, "override");
    this.english = english;
  }

  public static ChartText japanese() {
    return new ChartText(k -> Optional.empty(), false);
  }

  String get(String key, Object... args) {
    String s = override.apply(key).orElseGet(() -> {
      String d = JA.get(key);
      if (d == null) {
        throw new IllegalArgumentException("no chart text " + key);
      }
      return d;
    });
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
    return unit.isEmpty() ? "" : english ? " (" + unit + ")" : "（" + unit + "）";
  }
}

package kokai.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.Era;
import kokai.model.FiscalYear;

/**
 * Fiscal years in a table's line of years as sheets print them: every spelling {@link FiscalYear#parse}
 * reads, and a year an era's sheet counts on past the era's end, as one printed before the next era
 * was named does for the years it looks ahead to (平成32年度 and H32年度 for 2020, 令和2年度).
 *
 * <pre>{@code
 * PrintedYears.parse("令和 2年度")   // Optional[Year[year=2020, pastEra=false]]
 * PrintedYears.parse("平成32年度")   // Optional[Year[year=2020, pastEra=true]]
 * PrintedYears.parse("平成40年度")   // Optional.empty(): further than a sheet looks ahead
 * }</pre>
 */
final class PrintedYears {
  /** How far past its era's end a sheet of the era's last years counts on: the years it looks ahead. */
  static final int AHEAD = 5;

  private static final Pattern ERA_YEAR = Pattern.compile("^(昭和|平成|令和|[SHRshr])\\s*(\\d{1,3})\\s*(?:年度|年)?$");

  /** A year of a line of years; {@code pastEra} when printed in an era that had ended by then. */
  record Year(int year, boolean pastEra) {}

  private PrintedYears() {}

  static Optional<Year> parse(String text) {
    Optional<FiscalYear> y = FiscalYear.parse(text);
    if (y.isPresent()) {
      return Optional.of(new Year(y.get().year(), false));
    }
    Matcher m = ERA_YEAR.matcher(Texts.fold(text).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Era era = Era.named(m.group(1)).orElseThrow();
    int year = era.firstYear() + Integer.parseInt(m.group(2)) - 1;
    return nextEraStart(era).filter(end -> year > end && year <= end + AHEAD).map(end -> new Year(year, true));
  }

  /**
   * Whether the cell is written as a year of an era ({@code 平成40年度}), read or not: a line of such
   * cells is a line of years, and a cell of it that is no year is said as such, not as an unknown label.
   */
  static boolean looksLikeAYear(String text) {
    return parse(text).isPresent() || ERA_YEAR.matcher(Texts.fold(text).strip()).matches();
  }

  /** What is wrong with a cell that {@link #looksLikeAYear} but is none. */
  static String notAYear(String text) {
    Matcher m = ERA_YEAR.matcher(Texts.fold(text).strip());
    String what = "\"" + text + "\" is no fiscal year";
    if (!m.matches()) {
      return what;
    }
    Era era = Era.named(m.group(1)).orElseThrow();
    return nextEraStart(era).map(last -> what + ": the last year of " + era.kanji() + " is " + era.kanji()
        + (last - era.firstYear() + 1) + "年度 (" + last + "), and a sheet counts on past an era's end " + AHEAD + " years at most")
        .orElse(what);
  }

  /** The fiscal year the next era starts in, which is also the era's last (令和 starts in 2019, 平成31年度); empty for the current era. */
  private static Optional<Integer> nextEraStart(Era era) {
    int next = era.ordinal() + 1;
    return next < Era.values().length ? Optional.of(Era.values()[next].firstYear()) : Optional.empty();
  }

  /**
   * The warning for a line whose years {@code printed} count on past their era's end, once per line,
   * with the year each is read as.
   */
  static void sayPastEra(Row row, String field, List<String> printed, List<Integer> years, Problems p) {
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < printed.size(); i++) {
      if (parse(printed.get(i)).map(Year::pastEra).orElse(false)) {
        read.append(read.length() == 0 ? "" : ", ").append(printed.get(i)).append(" as ")
            .append(FiscalYear.of(years.get(i)).japanese()).append(" (").append(years.get(i)).append(')');
      }
    }
    if (read.length() > 0) {
      p.warning(row, null, field, "years counted on past their era's end are read as the years they count to: " + read,
          "nothing to do if these are the years meant; a sheet printed before the next era was named counts on so");
    }
  }
}

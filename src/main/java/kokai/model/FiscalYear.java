package kokai.model;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (April to March), named by the Western year in which it starts.
 *
 * <pre>{@code
 * FiscalYear.of(2022).japanese()        // "令和4年度"
 * FiscalYear.of(2019).japanese()        // "令和元年度"
 * FiscalYear.parse("R01年度")            // Optional[2019]
 * FiscalYear.parse("平成30年度")         // Optional[2018]
 * }</pre>
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

  /** The earliest fiscal year the era table covers. */
  public static final int FIRST = 1926;

  /** The latest fiscal year the era table covers. */
  public static final int LAST = 2117;

  private static final Pattern JAPANESE =
      Pattern.compile("^(昭和|平成|令和|[SHRshr])\\s*(元|\\d{1,2})\\s*(?:年度|年)?$");
  private static final Pattern WESTERN = Pattern.compile("^(\\d{4})\\s*(?:年度|年)?$");

  public FiscalYear {
    requireInRange(year);
  }

  public static FiscalYear of(int year) {
    return new FiscalYear(year);
  }

  /** Whether the era table covers this Western fiscal year. */
  public static boolean inRange(int year) {
    return year >= FIRST && year <= LAST;
  }

  /** The Western fiscal year, which the era table must cover; throws when it does not. */
  public static int requireInRange(int year) {
    if (!inRange(year)) {
      throw new IllegalArgumentException(
          "fiscal year " + year + " is outside the era table (" + FIRST + "–" + LAST + ")");
    }
    return year;
  }

  /**
   * Reads a fiscal year written as 令和4年度, 令和 4年度, 令和元年度, R04年度, H30, 2022年度 or 2022,
   * or in both eras' names (平成31年度/令和元年度); full-width digits are accepted.
   */
  public static Optional<FiscalYear> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return single(s).or(() -> bothSpellings(s));
  }

  /** One spelling of a year, normalised. */
  private static Optional<FiscalYear> single(String s) {
    Matcher w = WESTERN.matcher(s);
    if (w.matches()) {
      int y = Integer.parseInt(w.group(1));
      return inRange(y) ? Optional.of(new FiscalYear(y)) : Optional.empty();
    }
    Matcher m = JAPANESE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Era> era = Era.named(m.group(1));
    if (era.isEmpty()) {
      return Optional.empty();
    }
    int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
    if (n < 1) {
      return Optional.empty();
    }
    int y = era.get().firstYear() + n - 1;
    Optional<Era> actual = Era.of(y);
    if (actual.isEmpty() || (actual.get() != era.get() && !isLastYearOf(era.get(), y))) {
      return Optional.empty();
    }
    return Optional.of(new FiscalYear(y));
  }

  /**
   * A year written in both its eras' names, as the year an era changed is: 平成31年度/令和元年度,
   * 平成31年度（令和元年度）, H31/R1年度. Read when every spelling names the same year.
   */
  private static Optional<FiscalYear> bothSpellings(String s) {
    String[] parts = s.replaceAll("年度$", "").split("[/／・()（）]+");
    Optional<FiscalYear> year = Optional.empty();
    int read = 0;
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      Optional<FiscalYear> y = single(part.strip().replaceAll("年度$", "") + "年度");
      if (y.isEmpty() || (year.isPresent() && !year.equals(y))) {
        return Optional.empty();
      }
      year = y;
      read++;
    }
    return read >= 2 ? year : Optional.empty();
  }

  private static boolean isLastYearOf(Era era, int year) {
    // 平成31年度 and 令和元年度 name the same fiscal year; both spellings are read.
    return era.ordinal() + 1 < Era.values().length
        && Era.values()[era.ordinal() + 1].firstYear() == year;
  }

  public Era era() {
    return Era.of(year).orElseThrow();
  }

  /** The year within its era: 1 for the first. */
  public int eraYear() {
    return year - era().firstYear() + 1;
  }

  /** 令和4年度, 令和元年度. */
  public String japanese() {
    int n = eraYear();
    return era().kanji() + (n == 1 ? "元" : Integer.toString(n)) + "年度";
  }

  /** R4, R1: the short form used in narrow table headings. */
  public String shortJapanese() {
    return era().letter() + Integer.toString(eraYear());
  }

  /** FY2022. */
  public String english() {
    return "FY" + year;
  }

  /** The fiscal year before this one. */
  public FiscalYear previous() {
    return new FiscalYear(year - 1);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}

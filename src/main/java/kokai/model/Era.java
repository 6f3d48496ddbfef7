package kokai.model;

import java.util.Optional;

/**
 * The Japanese eras in which fiscal years are written, with the Western year of each era's first
 * fiscal year. A fiscal year starts in April, so the fiscal year that starts in an era's first
 * calendar year carries that era's name (2019 = 令和元年度, 1989 = 平成元年度).
 */
public enum Era {
  SHOWA("昭和", 'S', 1926),
  HEISEI("平成", 'H', 1989),
  REIWA("令和", 'R', 2019);

  /** The last fiscal year the era table accepts: 令和99年度. */
  public static final int LAST_YEAR = FiscalYear.LAST;

  private final String kanji;
  private final char letter;
  private final int firstYear;

  Era(String kanji, char letter, int firstYear) {
    this.kanji = kanji;
    this.letter = letter;
    this.firstYear = firstYear;
  }

  public String kanji() {
    return kanji;
  }

  public char letter() {
    return letter;
  }

  public int firstYear() {
    return firstYear;
  }

  /** The era in which the given Western fiscal year falls, if the table covers it. */
  public static Optional<Era> of(int westernYear) {
    if (westernYear > LAST_YEAR) {
      return Optional.empty();
    }
    Era found = null;
    for (Era era : values()) {
      if (westernYear >= era.firstYear) {
        found = era;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The era written with this kanji name or letter (令和, R, r). */
  public static Optional<Era> named(String name) {
    for (Era era : values()) {
      if (era.kanji.equals(name) || (name.length() == 1 && Character.toUpperCase(name.charAt(0)) == era.letter)) {
        return Optional.of(era);
      }
    }
    return Optional.empty();
  }
}

package kokai.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.model.Era;
import kokai.model.Field;
import kokai.model.FiscalYear;

/**
 * How to write a value the way the content format takes it, worked out from the way it was
 * written: figures as printed on a sheet or typed in Excel (１２３, 1,234, "1 234", △500, 80%),
 * marks for "not known" (—, ―, 未定), Japanese-era years and dates. Asked only for a value that
 * did not bind, so good input pays nothing for it.
 */
final class ValueHints {
  private ValueHints() {}

  /** What printed sheets and spreadsheets write for a figure that is not known (yet). */
  private static final Set<String> UNKNOWN = Set.of("", "-", "－", "−", "—", "―", "‐", "ー", "–", "…", "未定", "不明",
      "なし", "無し", "該当なし", "未確定", "未", "null", "NULL", "n/a", "N/A");
  /** A figure followed by a unit of a few letters (千円, 件, 人), as typed from a printed sheet. */
  private static final Pattern WITH_UNIT =
      Pattern.compile("([△▲-]?[0-9][0-9,\\s]*(?:\\.[0-9]+)?)\\s*([^\\s0-9.,+\\-△▲]{1,4})");
  private static final Pattern FIGURE = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  /** The letters that look like the digits 0 and 1. */
  private static final Pattern LETTER_FOR_DIGIT = Pattern.compile("[OoIl]");
  private static final Pattern JAPANESE_DATE =
      Pattern.compile("(令和|平成|昭和|[RHSrhs])\\s*(元|[0-9]+)\\s*[年./-]\\s*([0-9]+)\\s*[月./-]\\s*([0-9]+)\\s*日?");
  private static final Pattern WESTERN_DATE =
      Pattern.compile("([0-9]{4})\\s*[年./-]\\s*([0-9]+)\\s*[月./-]\\s*([0-9]+)\\s*日?");

  /**
   * How to write a number the field takes: the figure as it should be written when the text holds
   * one, a fiscal year in the Japanese era as its Western year, and null for "not known" only
   * where the field may be left empty.
   *
   * <pre>{@code
   * ValueHints.number("１２,３４５", true, null)   // "write the number in half-width digits, without commas, spaces or quotes: 12345"
   * }</pre>
   */
  static String number(String text, boolean whole, Field meta) {
    boolean optional = meta == null || !meta.required();
    Optional<FiscalYear> year = meta != null && meta.min() == FiscalYear.FIRST ? FiscalYear.parse(text) : Optional.empty();
    if (year.isPresent()) {
      return "write the fiscal year as the Western year it starts: " + year.get().japanese() + " = " + year.get().year();
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (UNKNOWN.contains(n)) {
      return optional ? "write null for a value that is not known" : "this field needs a value: write the figure";
    }
    Optional<String> listed = listedNumbers(n);
    if (listed.isPresent() && !n.matches("[0-9]{1,3}(,[0-9]{3})+")) {
      // "16,17" in sdgs, as a spreadsheet cell lists them: not a figure with a thousands comma.
      return "several numbers in one value: write one number here; a list takes each on its own line ('- "
          + listed.get().split(", ")[0] + "'), or all of them in brackets ([" + listed.get() + "])";
    }
    Matcher unit = WITH_UNIT.matcher(n);
    if (unit.matches() && !unit.group(2).equals("%")) {
      return withoutUnit(unit.group(1).replaceAll("[,\\s]", "").replaceFirst("^[△▲]", "-"), unit.group(2), whole, meta);
    }
    boolean percent = n.endsWith("%");
    String figure = n.replaceAll("[,\\s]", "").replaceFirst("^[△▲]", "-").replace("%", "");
    if (FIGURE.matcher(figure).matches()) {
      if (whole && figure.contains(".") && !figure.matches("-?[0-9]+\\.0+")) {
        return "write a whole number, without decimals";
      }
      String plain = whole ? figure.replaceFirst("\\.0+$", "") : figure;
      if (percent) {
        return "write the figure without '%': " + plain + " (the unit is the indicator's unit)";
      }
      if (text.equals(plain)) {
        return "write the number without quotes: " + plain;
      }
      if (whole && !figure.equals(plain)) {
        return "write a whole number, without decimals: " + plain;
      }
      if (n.equals(text) && text.replace(",", "").equals(plain)) {
        return "write the number without commas or quotes: " + plain;
      }
      if (plain.startsWith("-") && meta != null && meta.min() >= 0) {
        return "this field takes no minus figure (" + meta.ja() + " is from " + meta.min() + " up): check the figure";
      }
      return "write the number in half-width digits, without commas, spaces or quotes"
          + (n.startsWith("△") || n.startsWith("▲") ? ", and a minus as '-'" : "") + ": " + plain;
    }
    Matcher letter = LETTER_FOR_DIGIT.matcher(figure);
    if (figure.matches("-?[0-9OoIl.]+") && figure.matches(".*[0-9].*") && letter.find()) {
      // 2O22, 1l0: a letter typed where a digit is meant, as on a keyboard or from a printed figure.
      String meant = figure.replaceAll("[Oo]", "0").replaceAll("[Il]", "1");
      if (FIGURE.matcher(meant).matches()) {
        return "the letter '" + letter.group() + "' stands for a digit: write " + meant;
      }
    }
    String kind = whole ? "a whole number" : "a number";
    return optional ? "write " + kind + ", or null when not known" : "write " + kind;
  }

  /**
   * Numbers listed in one value as a spreadsheet's cell lists them ({@code 9、16}, {@code ９,16}),
   * written as a list's items are: {@code 9, 16}; empty for any other text.
   */
  static Optional<String> listedNumbers(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return n.matches("[0-9]+(\\s*[,、]\\s*[0-9]+)+") ? Optional.of(String.join(", ", n.split("\\s*[,、]\\s*"))) : Optional.empty();
  }

  /**
   * How to write a figure typed with its unit, as a printed sheet or a spreadsheet shows it
   * (6,844千円, 5件): without the unit, and an amount in yen or 万円 counted in the 千円 that
   * the cost table's fields hold.
   */
  private static String withoutUnit(String figure, String unit, boolean whole, Field meta) {
    boolean thousands = meta != null && meta.doc().startsWith("千円");
    BigDecimal value = new BigDecimal(figure);
    int scale = switch (unit) {
      case "円" -> -3;
      case "万円" -> 1;
      case "億円" -> 5;
      default -> 0;
    };
    if (whole && value.stripTrailingZeros().scale() > 0 && scale == 0) {
      return "write a whole number, without decimals or the unit '" + unit + "'";
    }
    if (!thousands || scale == 0) {
      String plain = whole ? value.stripTrailingZeros().toPlainString() : figure;
      return "write the figure without its unit '" + unit + "': " + plain
          + (thousands && !unit.equals("千円") ? " (this field is in 千円)" : "");
    }
    BigDecimal inThousands = value.scaleByPowerOfTen(scale).stripTrailingZeros();
    String plain = inThousands.scale() <= 0 ? inThousands.toBigInteger().toString() : inThousands.toPlainString();
    return "this field is in 千円 (thousands of yen): " + figure + unit + " is " + plain + "千円"
        + (inThousands.scale() <= 0 ? ", so write " + plain : ", so write the amount in whole 千円 as the printed sheet rounds it");
  }

  /** How to write a date as YYYY-MM-DD, with the date itself when the text is one written otherwise. */
  static String date(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    Optional<LocalDate> d = Optional.empty();
    Matcher j = JAPANESE_DATE.matcher(n);
    Matcher w = WESTERN_DATE.matcher(n);
    if (j.matches()) {
      Optional<Era> era = Era.named(j.group(1));
      int y = j.group(2).equals("元") ? 1 : Integer.parseInt(j.group(2));
      d = era.flatMap(e -> of(e.firstYear() + y - 1, j.group(3), j.group(4)));
    } else if (w.matches()) {
      d = of(Integer.parseInt(w.group(1)), w.group(2), w.group(3));
    }
    if (d.isEmpty() && (j.matches() || w.matches())) {
      // Written as a date, in a form taken or not, but no day of the calendar: 2022-13-01, 2023-02-30.
      return "there is no such day in the calendar: check the month and the day, and write the date as YYYY-MM-DD";
    }
    return d.map(date -> "write the date as YYYY-MM-DD: " + date)
        .orElse("write the date as YYYY-MM-DD, e.g. 2023-08-01");
  }

  private static Optional<LocalDate> of(int year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}

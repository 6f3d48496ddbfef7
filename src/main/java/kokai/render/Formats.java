package kokai.render;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.model.CostYear;
import kokai.model.Evaluation;
import kokai.model.FiscalYear;
import kokai.model.Sheet;
import kokai.model.Score;
import kokai.render.chart.Numbers;
import kokai.render.text.InterfaceWords;

/**
 * How figures look on the pages; every helper shows an unknown value (null) as "—", never as 0.
 * Templates call it as {@code fmt}: {@code ${fmt.yen(cost.budget)}}.
 *
 * <pre>{@code
 * fmt.yen(86185L)             // "86,185"
 * fmt.num(new BigDecimal("-1.5")) // "−1.5", with the minus sign U+2212
 * fmt.year(2022)              // "令和4年度 (2022)"
 * fmt.score(new Score(3, ""))  // "3 / 5"
 * fmt.change(129129L, 130114L) // "−985"
 * }</pre>
 */
public final class Formats {
  /** Shown wherever a value is not known. */
  public static final String UNKNOWN = "—";

  private static final java.time.format.DateTimeFormatter ENGLISH_DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH);

  private final String language;
  private final Messages messages;
  private final InterfaceWords words;

  Formats(String language, Messages messages) {
    this.language = language;
    this.messages = messages;
    this.words = new InterfaceWords(messages::find, !language.equals("ja"));
  }

  /** An amount in thousands of yen with thousands separators; below zero with the minus sign U+2212. */
  public String yen(Long amount) {
    return amount == null ? UNKNOWN : Numbers.group(Long.toString(amount));
  }

  /** A number as the sheet writes it (keeping its decimals: 280.0, 1.50); below zero with the minus sign U+2212. */
  public String num(BigDecimal n) {
    if (n == null) {
      return UNKNOWN;
    }
    return Numbers.format(n);
  }

  /** Text, or "—" when the sheet leaves it empty. */
  public String text(String s) {
    return s == null || s.isBlank() ? UNKNOWN : s;
  }

  /** 令和4年度 (2022); in English FY2022 (令和4年度). */
  public String year(int fiscalYear) {
    FiscalYear y = FiscalYear.of(fiscalYear);
    return language.equals("ja") ? y.japanese() + " (" + fiscalYear + ")" : y.english() + " (" + y.japanese() + ")";
  }

  /** 令和4年度; in English FY2022: for narrow table headings. */
  public String yearShort(int fiscalYear) {
    FiscalYear y = FiscalYear.of(fiscalYear);
    return language.equals("ja") ? y.japanese() : y.english();
  }

  /** "3 / 5". */
  public String score(Score s) {
    return s == null ? UNKNOWN : s.score() + " / " + Score.MAX;
  }

  /** A score as a screen reader says it, not "3 slash 5": "5段階中3"; in English "3 out of 5". */
  public String scoreSpoken(Score s) {
    return s == null ? messages.get("common.unknown") : messages.get("common.scoreSpoken", s.score(), Score.MAX);
  }

  /** The change from the previous value, signed: "+1,234", "−985", "±0"; "—" when either is unknown. */
  public String change(Long current, Long previous) {
    if (current == null || previous == null) {
      return UNKNOWN;
    }
    long d = current - previous;
    if (d == 0) {
      return "±0";
    }
    return (d > 0 ? "+" : "") + Numbers.group(Long.toString(d));
  }

  /** 有 / 無 (Yes / No). */
  public String yesNo(Boolean b) {
    return b == null ? UNKNOWN : messages.get(b ? "common.yes" : "common.no");
  }

  /** The name of an SDG goal in the site's language. */
  public String sdg(int goal) {
    return messages.get("sdg." + goal);
  }

  /** The budget of the sheet's own fiscal year. */
  public String ownBudget(Sheet s) {
    return yen(s.findOwnCost().map(CostYear::budget).orElse(null));
  }

  /** The settlement of the sheet's own fiscal year. */
  public String ownSettlement(Sheet s) {
    return yen(s.findOwnCost().map(CostYear::settlement).orElse(null));
  }

  /** The decided direction, or "—". */
  public String decision(Sheet s) {
    return s.direction() == null ? UNKNOWN : text(s.direction().decision());
  }

  /**
   * The interface-language name of a direction ("Continue" for 継続) from the message key
   * {@code direction.value.<decision>}, or "" in the Japanese interface or for a value without one.
   */
  public String directionName(String decision) {
    if (language.equals("ja") || decision == null) {
      return "";
    }
    return messages.find("direction.value." + decision).orElse("");
  }

  /**
   * The interface-language name of a value from one of the sheet form's fixed lists ("Continuing"
   * for the status 継続, "Outcome indicator" for the kind 成果指標) from the message key
   * {@code value.<field>.<value>}, the value in NFKC without spaces (自治事務(任意)); "" in the
   * Japanese interface or for a value the list does not have.
   */
  public String valueName(String field, String value) {
    if (language.equals("ja") || value == null || value.isBlank()) {
      return "";
    }
    String key = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return messages.find("value." + field + "." + key).orElse("");
  }

  /** A direction for plain text (titles): "Continue (継続)" in English, the value itself otherwise. */
  public String directionText(String decision) {
    return decision == null || decision.isBlank() ? UNKNOWN : words.direction(decision);
  }

  /** The four scores in the sheet's order (needs, progress, involvement, priority): "3・2・4・3"; in English "3, 2, 4, 3". */
  public String scores(Sheet s) {
    Evaluation e = s.evaluation();
    if (e == null) {
      return UNKNOWN;
    }
    return Stream.of(e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority())
        .map(x -> x == null ? UNKNOWN : Integer.toString(x.score()))
        .collect(Collectors.joining(language.equals("ja") ? "・" : ", "));
  }

  /**
   * The four scores as one sort key, in the sheet's order ("3243"; "" when the sheet has no
   * evaluation, a score not given as 0): the listings' tables sort by it, not by the words a screen
   * reader hears.
   */
  public String scoresKey(Sheet s) {
    Evaluation e = s.evaluation();
    if (e == null) {
      return "";
    }
    return Stream.of(e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority())
        .map(x -> x == null ? "0" : Integer.toString(x.score())).collect(Collectors.joining());
  }

  /**
   * The four scores spelled out for a screen reader, each with its name and scale:
   * "市民ニーズ 5段階中3、進捗状況 5段階中2、…"; in English "Citizen needs 3 out of 5, Progress 2 out of 5, …".
   */
  public String scoresLabel(Sheet s) {
    Evaluation e = s.evaluation();
    if (e == null) {
      return messages.get("common.unknown");
    }
    String[] keys = {"sheet.citizenNeeds", "sheet.progress", "sheet.cityInvolvement", "sheet.priority"};
    Score[] scores = {e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority()};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        sb.append(language.equals("ja") ? "、" : ", ");
      }
      sb.append(messages.get(keys[i])).append(' ')
          .append(scoreSpoken(scores[i]));
    }
    return sb.toString();
  }

  /** 2023年3月31日; in English 31 March 2023, as the citation beside it writes the date. */
  public String date(java.time.LocalDate d) {
    if (d == null) {
      return UNKNOWN;
    }
    return language.equals("ja") ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.format(ENGLISH_DATE);
  }

  /** A count with separators. */
  public String count(long n) {
    return Numbers.group(Long.toString(n));
  }
}

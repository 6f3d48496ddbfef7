package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kokai.load.ContentLoader;
import kokai.model.CostYear;
import kokai.model.FiscalYear;
import kokai.model.IndicatorValue;
import kokai.model.Labeled;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Walks every cell of the seed and checks that its number or text is in the imported data, so
 * that nothing printed is lost. The only cells not looked for are listed below, each with the
 * reason it is not data, and some of them are checked in another way.
 */
class SeedCoverageTest {
  /** The form's own printed words: headings and labels. The content format names them by field. */
  private static final Set<String> LABELS = Stream.of(
      "事業の基本情報", "事務事業名", "予算科目", "担当部課", "市長公約", "係名", "戦略プラン", "新規・継続", "事業分類",
      "事業体制", "個別計画", "事業期間", "根拠法令等", "SDGs", "事業の概要", "対象", "目的", "概要 (取組内容)",
      "コストの推移", "項目", "事業費", "予算額", "決算額", "内訳", "一般財源", "国庫、県支出金、地方債", "その他", "人件費",
      "人件費計", "正職員従事割合", "正職員時間外勤務", "会計年度任用職員有無", "市民参加の取組状況", "共有、理解",
      "企画・立案、計画", "実行", "評価、検証", "指標の推移", "指標名", "目標値", "実績", "指標の概要", "事業の成果と課題",
      "前年度の課題への対応", "成果", "課題", "業務", "組織、予算等", "改善目標", "評価", "市民ニーズ", "進捗状況", "市の関与",
      "優先度", "方向性", "理由").map(SeedCoverageTest::squash).collect(Collectors.toSet());
  /** The fixed units of the cost table's lines (千円, 人, 時間, none): the model documents them per field. */
  private static final Set<String> UNITS = Set.of("(千円)", "(人)", "(時間)", "(-)");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9,]+(\\.[0-9]+)?");
  private static final Pattern SDG = Pattern.compile("^(\\d{2})[^\\x00-\\x7F].*");
  /** The position number the form prints before an indicator block's lines ("2", "1 目標値"). */
  private static final Pattern BLOCK_NUMBER = Pattern.compile("[1-5]");

  @Test
  void everyNumberAndTextOfTheSeedIsInTheImportedData() {
    Map<String, Sheet> sheets = new ContentLoader().load(Path.of("content")).content().orElseThrow().sheets().stream()
        .collect(Collectors.toMap(Sheet::id, Function.identity()));
    Map<String, List<String>> seed = Seed.sheets();
    assertThat(seed.keySet()).containsExactlyInAnyOrderElementsOf(sheets.keySet());
    int cells = 0;
    for (Map.Entry<String, List<String>> e : seed.entrySet()) {
      cells += check(e.getKey(), e.getValue(), sheets.get(e.getKey()));
    }
    assertThat(cells).as("cells compared").isGreaterThan(600);
  }

  private static int check(String id, List<String> lines, Sheet sheet) {
    assertThat(FiscalYear.parse(lines.get(0).split(" ")[0] + lines.get(0).split(" ")[1])).hasValue(FiscalYear.of(sheet.fiscalYear()));
    assertThat(lines.get(0)).endsWith(sheet.form());
    String corpus = squash(String.join("", strings(sheet)));
    Set<BigDecimal> numbers = numbers(sheet).stream().filter(n -> n.signum() != 0).collect(Collectors.toSet());
    int printedZeros = 0;
    StringBuilder flags = new StringBuilder();
    int compared = 0;
    boolean inPlaceholder = false;
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = Stream.of(lines.get(i).split("\t")).map(String::strip).filter(c -> !c.isEmpty()).toList();
      if (cells.contains("指標名")) {
        int at = cells.indexOf("指標名");
        inPlaceholder = at + 1 < cells.size() && cells.get(at + 1).equals("()");
      } else if (cells.size() == 1 && LABELS.contains(squash(cells.get(0)))) {
        inPlaceholder = false;
      }
      for (String raw : cells) {
        String where = id + " line " + (i + 1) + " \"" + raw + "\"";
        String cell = withoutLabelPrefix(raw);
        if (cell.isEmpty() || UNITS.contains(cell) || cell.equals("—") || cell.equals("-")
            || BLOCK_NUMBER.matcher(cell).matches() && cells.indexOf(raw) == 0) {
          continue; // a label, a unit, the form's "nothing here", or a block's position number
        }
        if (inPlaceholder) {
          // An unused indicator block: the form prints it with "()" and zeros only; not imported.
          assertThat(!NUMBER.matcher(cell).matches() || new BigDecimal(cell.replace(",", "")).signum() == 0
              || cell.equals("()")).as(where).isTrue();
          continue;
        }
        compared++;
        if (FiscalYear.parse(cell).isPresent()) {
          int year = FiscalYear.parse(cell).get().year();
          assertThat(years(sheet)).as(where).contains(year);
        } else if (cell.equals("有") || cell.equals("無")) {
          flags.append(cell.equals("有") ? 't' : 'f');
        } else if (NUMBER.matcher(cell).matches()) {
          BigDecimal n = new BigDecimal(cell.replace(",", ""));
          if (n.signum() == 0) {
            printedZeros++;
          } else {
            assertThat(numbers.contains(n.stripTrailingZeros()) || corpus.contains(squash(cell))).as(where).isTrue();
          }
        } else if (!textFound(cell, corpus) && SDG.matcher(cell).matches()) {
          // The goals' names are the UN's fixed names; the content keeps the goal number.
          assertThat(sheet.sdgs()).as(where).contains(Integer.parseInt(SDG.matcher(cell).replaceFirst("$1")));
        } else {
          assertThat(textFound(cell, corpus)).as(where + " in the text of sheet " + id).isTrue();
        }
      }
    }
    // 有/無 are the yes/no of fiscal-year-appointed staff, one per year column, in order.
    assertThat(flags.toString()).as(id + ": 有/無").isEqualTo(sheet.costs().stream()
        .map(c -> c.personnel().fiscalYearAppointedStaff() ? "t" : "f").collect(Collectors.joining()));
    // A printed 0 is a 0 in the data, or a future year's "not yet" (null).
    assertThat(printedZeros).as(id + ": printed zeros").isEqualTo(zeros(sheet) + futureNulls(sheet));
    return compared;
  }

  /** The cell without a label or unit the export put in front of the value ("(千円) 37,293", "業務 …"). */
  private static String withoutLabelPrefix(String cell) {
    if (LABELS.contains(squash(cell))) {
      return "";
    }
    String[] split = cell.split("\\s+", 2);
    if (split.length == 2 && (LABELS.contains(squash(split[0])) || UNITS.contains(split[0])
        || BLOCK_NUMBER.matcher(split[0]).matches() && LABELS.contains(squash(split[1])))) {
      return LABELS.contains(squash(split[1])) ? "" : split[1];
    }
    return cell;
  }

  private static boolean textFound(String cell, String corpus) {
    if (corpus.contains(squash(cell))) {
      return true;
    }
    // One cell may hold the values of two fields, space-separated (two strategic-plan titles).
    return Stream.of(cell.split("\\s+")).map(SeedCoverageTest::squash).allMatch(corpus::contains);
  }

  /** For comparing text: width folded, no spaces, no list commas, no brackets. */
  private static String squash(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s、()]", "");
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Labeled l) {
      out.add(l.label());
    } else if (value instanceof List<?> list) {
      list.forEach(v -> out.addAll(strings(v)));
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          out.addAll(strings(c.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  private static List<BigDecimal> numbers(Sheet s) {
    List<BigDecimal> out = new ArrayList<>();
    for (CostYear c : s.costs()) {
      Stream.of(c.budget(), c.settlement(), c.funding().general(), c.funding().grantsAndBonds(), c.funding().other(),
          c.personnel().total()).filter(v -> v != null).map(BigDecimal::valueOf).forEach(out::add);
      Stream.of(c.personnel().regularStaff(), c.personnel().overtimeHours()).filter(v -> v != null).forEach(out::add);
    }
    s.indicators().forEach(i -> i.values().forEach(v -> Stream.of(v.target(), v.actual()).filter(x -> x != null)
        .forEach(out::add)));
    Stream.of(s.evaluation().citizenNeeds(), s.evaluation().progress(), s.evaluation().cityInvolvement(),
        s.evaluation().priority()).forEach(sc -> out.add(BigDecimal.valueOf(sc.score())));
    return out.stream().map(BigDecimal::stripTrailingZeros).toList();
  }

  private static long zeros(Sheet s) {
    return numbers(s).stream().filter(n -> n.signum() == 0).count();
  }

  private static long futureNulls(Sheet s) {
    long n = 0;
    for (CostYear c : s.costs()) {
      if (c.fiscalYear() > s.fiscalYear()) {
        n += Stream.of(c.settlement(), c.funding().general(), c.funding().grantsAndBonds(), c.funding().other())
            .filter(v -> v == null).count();
      }
    }
    for (var i : s.indicators()) {
      n += i.values().stream().filter(v -> v.fiscalYear() > s.fiscalYear() && v.actual() == null).count();
    }
    return n;
  }

  private static Set<Integer> years(Sheet s) {
    Set<Integer> out = s.costs().stream().map(CostYear::fiscalYear).collect(Collectors.toSet());
    s.indicators().forEach(i -> i.values().stream().map(IndicatorValue::fiscalYear).forEach(out::add));
    return out;
  }
}

package kokai.render.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import kokai.model.CostYear;
import kokai.model.Funding;
import kokai.model.Sheet;

/**
 * {@code costs.csv}: every figure of every cost table in long form (sheet, fiscal year, item,
 * amount), ready for a pivot table. A cost column the sheet gives but a figure it leaves unknown
 * is a row with an empty amount.
 */
final class CostsCsv {
  /** One amount of one cost column of one sheet. */
  record Row(Sheet sheet, int fiscalYear, Item item, Long amount) {}

  /** The money items of a cost column, in the order of the printed sheet. */
  enum Item {
    BUDGET("予算額", "budget", CostYear::budget),
    SETTLEMENT("決算額", "settlement", CostYear::settlement),
    FUNDING_GENERAL("一般財源", "funding_general", c -> part(c.funding(), Funding::general)),
    FUNDING_GRANTS_AND_BONDS("国庫、県支出金、地方債", "funding_grants_and_bonds",
        c -> part(c.funding(), Funding::grantsAndBonds)),
    FUNDING_OTHER("その他財源", "funding_other", c -> part(c.funding(), Funding::other)),
    PERSONNEL("人件費", "personnel_cost", c -> c.personnel() == null ? null : c.personnel().total());

    final String ja;
    final String key;
    final Function<CostYear, Long> amount;

    Item(String ja, String key, Function<CostYear, Long> amount) {
      this.ja = ja;
      this.key = key;
      this.amount = amount;
    }

    private static Long part(Funding f, Function<Funding, Long> get) {
      return f == null ? null : get.apply(f);
    }
  }

  static List<Column<Row>> columns(Csv.Lang lang) {
    return List.of(
        new Column<>("シートの年度", "sheet_fiscal_year", r -> r.sheet().fiscalYear()),
        new Column<>("事業番号", "id", r -> r.sheet().id()),
        new Column<>("事務事業名", "title", r -> r.sheet().title()),
        new Column<>("部", "department", r -> r.sheet().organization().department()),
        new Column<>("課", "division", r -> r.sheet().organization().division()),
        new Column<>("年度", "fiscal_year", Row::fiscalYear),
        new Column<>("項目", "item", r -> lang == Csv.Lang.JA ? r.item().ja : r.item().key),
        new Column<>("金額（千円）", "amount_thousand_yen", Row::amount));
  }

  /** The file in {@code lang} (its header and item names), made one sheet at a time as it is written: a large city has millions of rows. */
  SheetList list(String path, Csv.Lang lang) {
    List<Column<Row>> columns = columns(lang);
    Csv.Rows<Row> rows = new Csv.Rows<>(columns);
    return SheetList.csv(path, Csv.head(columns, lang), s -> rows.of(rows(s)));
  }

  private static List<Row> rows(Sheet s) {
    List<Row> out = new ArrayList<>();
    for (CostYear c : s.costs().stream().sorted(Comparator.comparingInt(CostYear::fiscalYear)).toList()) {
      for (Item item : Item.values()) {
        out.add(new Row(s, c.fiscalYear(), item, item.amount.apply(c)));
      }
    }
    return out;
  }
}

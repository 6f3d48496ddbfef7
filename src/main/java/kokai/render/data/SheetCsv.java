package kokai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kokai.model.Indicator;
import kokai.model.Sheet;

/**
 * One sheet as a long CSV table: one row per value, with a stable English key (the field path of
 * the content format, {@code costs.budget}), the section and item as the printed sheet labels
 * them, the fiscal year for per-year figures, the value and its unit. Every field of the sheet
 * gets its rows, so a field the sheet leaves unknown is a row with an empty value.
 *
 * <p>Keys: {@code title}, {@code overview.purpose}, {@code costs.funding.general} (with 年度),
 * {@code indicators[0].values.actual} (with 年度; the index counts from 0 in the order of the
 * sheet), {@code sdgs} (one row per goal).
 */
final class SheetCsv {
  /** One value of the sheet. */
  record Row(String key, Labels section, Labels item, Integer fiscalYear, Object value, Labels unit) {}

  /** A label in both languages. */
  record Labels(String ja, String en) {
    static final Labels NONE = new Labels("", "");
    static final Labels BASICS = new Labels("基本情報", "Basics");

    String in(Csv.Lang lang) {
      return lang == Csv.Lang.JA ? ja : en;
    }

    Labels then(Labels next) {
      return new Labels(join(ja, next.ja), join(en, next.en));
    }

    /** The group's label, then the item's; an item whose label starts with the group's (人件費計 in 人件費) says it alone. */
    private static String join(String a, String b) {
      return a.isEmpty() || b.startsWith(a) ? b : b.isEmpty() ? a : a + " " + b;
    }
  }

  private static final Labels THOUSAND_YEN = new Labels("千円", "JPY thousand");
  private static final Map<String, Labels> UNITS = Map.of(
      "costs.budget", THOUSAND_YEN,
      "costs.settlement", THOUSAND_YEN,
      "costs.funding.general", THOUSAND_YEN,
      "costs.funding.grantsAndBonds", THOUSAND_YEN,
      "costs.funding.other", THOUSAND_YEN,
      "costs.personnel.total", THOUSAND_YEN,
      "costs.personnel.regularStaff", new Labels("人", "FTE"),
      "costs.personnel.overtimeHours", new Labels("時間", "hours"));

  static List<Column<Row>> columns(Csv.Lang lang) {
    return List.of(
        new Column<>("キー", "key", Row::key),
        new Column<>("区分", "section", r -> r.section().in(lang)),
        new Column<>("項目", "item", r -> r.item().in(lang)),
        new Column<>("年度", "fiscal_year", Row::fiscalYear),
        new Column<>("値", "value", Row::value),
        new Column<>("単位", "unit", r -> r.unit().in(lang)));
  }

  byte[] write(Sheet sheet, Csv.Lang lang) {
    return Csv.write(columns(lang), rows(sheet), lang);
  }

  private final Components components = new Components();

  List<Row> rows(Sheet sheet) {
    List<Row> out = new ArrayList<>();
    for (Components.Part c : components.of(Sheet.class)) {
      Object v = c.read(sheet);
      Labels label = labels(c);
      boolean nested = c.type().isRecord() || c.isList() && c.element().isRecord();
      Place at = nested ? new Place(c.name(), label, Labels.NONE) : new Place(c.name(), Labels.BASICS, label);
      component(c, v, at, true, out);
    }
    return out;
  }

  /** Where a value sits: its key, section, item label, fiscal year and unit. */
  private record Place(String key, Labels section, Labels item, Integer year, Labels unit, Labels yearUnit) {
    Place(String key, Labels section, Labels item) {
      this(key, section, item, null, Labels.NONE, Labels.NONE);
    }

    Place child(String name, Labels label) {
      String k = key + "." + name;
      return new Place(k, section, item.then(label), year, UNITS.getOrDefault(k, unit), yearUnit);
    }

    Place inYear(int y) {
      return new Place(key, section, item, y, yearUnit == Labels.NONE ? unit : yearUnit, Labels.NONE);
    }

    Place element(int i, Labels nth, Labels unitOfValues) {
      return new Place(key + "[" + i + "]", section, item.then(nth), year, unit, unitOfValues);
    }
  }

  private void component(Components.Part c, Object v, Place at, boolean topLevel, List<Row> out) {
    if (!c.isList()) {
      value(v, c.type(), at, out);
      return;
    }
    Class<?> element = c.element();
    List<?> list = v == null ? List.of() : (List<?>) v;
    if (list.isEmpty()) {
      // An empty list is a field the sheet leaves empty: one row with an empty value, so that
      // every sheet's file has the same keys and a filter on the key finds the sheets without.
      out.add(new Row(at.key, at.section, at.item, at.year, null, at.unit));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Object e = list.get(i);
      if (hasYear(element)) {
        int year = (Integer) components.of(element).get(0).read((Record) e);
        value(e, element, at.inYear(year), out);
      } else if (element.isRecord()) {
        Labels nth = numbered(labels(c), i, topLevel);
        // An indicator's unit belongs to its per-year values, not to its name or description.
        Labels unit = e instanceof Indicator ind && ind.unit() != null ? new Labels(ind.unit(), ind.unit()) : Labels.NONE;
        value(e, element, at.element(i, nth, unit), out);
      } else {
        out.add(new Row(at.key, at.section, at.item, at.year, e, at.unit));
      }
    }
  }

  private void value(Object v, Class<?> type, Place at, List<Row> out) {
    if (!type.isRecord()) {
      out.add(new Row(at.key, at.section, at.item, at.year, v, at.unit));
      return;
    }
    for (Components.Part c : components.of(type)) {
      if (at.year != null && c.name().equals("fiscalYear")) {
        continue; // already in the fiscal-year column
      }
      Object cv = v == null ? null : c.read((Record) v);
      // A per-year list (目標値・実績) needs no label of its own: the year column says it.
      Labels label = c.isList() && hasYear(c.element()) ? Labels.NONE : labels(c);
      component(c, cv, at.child(c.name(), label), false, out);
    }
  }

  /** #1 for an element of a section's list (the section names the list), else the list's label and number. */
  private static Labels numbered(Labels list, int i, boolean topLevel) {
    String n = "#" + (i + 1);
    return topLevel ? new Labels(n, n) : new Labels(list.ja + " " + n, list.en + " " + n);
  }

  private boolean hasYear(Class<?> type) {
    return type.isRecord() && components.of(type).stream()
        .findFirst().filter(c -> c.name().equals("fiscalYear") && c.type() == int.class).isPresent();
  }

  private static Labels labels(Components.Part c) {
    return c.ja().isEmpty() && c.en().isEmpty() ? Labels.NONE : new Labels(c.ja(), c.en());
  }
}

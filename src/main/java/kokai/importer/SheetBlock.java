package kokai.importer;

import java.util.List;

/** The lines of one sheet: its heading (fiscal year and form) and every line up to the next sheet. */
record SheetBlock(Row heading, int fiscalYear, String form, List<Row> rows) {
  SheetBlock {
    rows = List.copyOf(rows);
  }
}

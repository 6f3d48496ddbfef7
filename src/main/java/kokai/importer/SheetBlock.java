package kokai.importer;

import java.util.List;

/**
 * The lines of one sheet: its heading (fiscal year and form) and every line up to the next sheet.
 * A heading whose year cannot be read gives {@link #YEAR_UNREAD}: the sheet is refused, not run
 * into the one before it.
 */
record SheetBlock(Row heading, int fiscalYear, String form, List<Row> rows) {
  static final int YEAR_UNREAD = 0;

  SheetBlock {
    rows = List.copyOf(rows);
  }

  boolean yearRead() {
    return fiscalYear != YEAR_UNREAD;
  }
}

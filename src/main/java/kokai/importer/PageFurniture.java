package kokai.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page marks that PDF-to-text output puts between the lines of a sheet: a line holding nothing but a
 * page number ("- 2 -", "2 / 3", "1 / 2 ページ", "(2/3)", "P.2", "2ページ", "2"), in the first column. They are no text of the
 * sheet. A number in a later cell ("\t3") is a cell of the sheet and is kept.
 *
 * <pre>{@code
 * PageFurniture.isPageMark(Row.parse(1, "- 2 -"))   // true
 * PageFurniture.isPageMark(Row.parse(1, "\t2"))     // false
 * }</pre>
 */
final class PageFurniture {
  private static final Pattern PAGE_MARK = Pattern.compile(
      "^[(]?(?:[-ー―—–‐]\\s*\\d{1,4}\\s*[-ー―—–‐]"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}(?:\\s*(?:ページ|頁))?"
          + "|(?:[Pp]|ページ|頁)\\.?\\s*\\d{1,4}"
          + "|\\d{1,4}\\s*(?:ページ|頁)(?:\\s*/\\s*\\d{1,4}\\s*(?:ページ|頁)?)?"
          + "|\\d{1,3})[)]?$");

  private PageFurniture() {}

  static boolean isPageMark(Row row) {
    List<Cell> cells = row.nonEmpty();
    return cells.size() == 1 && !row.cells().get(0).isEmpty()
        && PAGE_MARK.matcher(Texts.fold(cells.get(0).text()).strip()).matches();
  }
}

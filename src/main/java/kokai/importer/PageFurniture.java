package kokai.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page marks that PDF-to-text output puts between the lines of a sheet: a line holding nothing but a
 * page number ("- 2 -", "2 / 3", "1 / 2 ページ", "(2/3)", "P.2", "2ページ", "2"), in the first column,
 * or a print footer (the date the page was printed, after the city's name: "つくば市 2023/08/31").
 * They are no text of the sheet. A number in a later cell ("\t3") is a cell of the sheet and is kept.
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

  /** A print date, as a page's footer gives it (2023/08/31, 2023年8月31日, 令和5年8月31日, with a time or 印刷日). */
  private static final Pattern PRINT_DATE = Pattern.compile(
      "^(?:(?:印刷日|出力日|作成日)[:：]?\\s*)?(?:\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日"
          + "|(?:令和|平成)\\s*(?:元|\\d{1,2})年\\d{1,2}月\\d{1,2}日)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
  /** The city's name before the print date in such a footer (つくば市). */
  private static final Pattern PLACE = Pattern.compile("^\\S{1,12}[市町村区]$");

  private PageFurniture() {}

  static boolean isPageMark(Row row) {
    List<Cell> cells = row.nonEmpty();
    if (cells.isEmpty() || row.cells().get(0).isEmpty()) {
      return false;
    }
    String first = Texts.fold(cells.get(0).text()).strip();
    if (cells.size() == 1) {
      return PAGE_MARK.matcher(first).matches() || PRINT_DATE.matcher(first).matches();
    }
    // A print footer: the city's name and the date the page was printed, and nothing else.
    return cells.size() == 2 && PLACE.matcher(first).matches()
        && PRINT_DATE.matcher(Texts.fold(cells.get(1).text()).strip()).matches();
  }
}

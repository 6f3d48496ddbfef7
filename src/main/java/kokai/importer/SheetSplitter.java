package kokai.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.FiscalYear;
import kokai.model.ValueLimits;

/**
 * Cuts a file into sheets at each heading such as {@code 令和 4年度 事務事業マネジメントシート}
 * (also 平成, R04年度, 令和4年度（2022年度）, 2022年度, 事務事業評価シート and other forms of the same heading). The same heading
 * printed again at the top of a sheet's next page, not followed by 事業の基本情報, continues the
 * sheet; page marks ({@link PageFurniture}) are left out.
 */
final class SheetSplitter {
  /** A year as a heading writes it: in an era (令和 4, R04) or Western (2022). */
  private static final String YEAR = "(?:(?:昭和|平成|令和|[SHR])\\s*(?:元|\\d{1,2})|\\d{4})";
  /** The year in the other calendar in brackets, as a heading may add it: (2022年度), (2022). */
  private static final String ALSO = "(?:\\s*\\(\\s*" + YEAR + "\\s*(?:年度)?\\s*\\))?";
  private static final Pattern HEADING = Pattern.compile(
      "^(" + YEAR + ALSO + "\\s*年度" + ALSO + ")\\s*(\\S*(?:事業|評価)\\S*シート)"
          // a page counter printed beside the heading: (1/2), 1 / 2, - 1 -, P.1
          + "(?:\\s*(?:[(]?\\d{1,3}\\s*/\\s*\\d{1,3}[)]?|-\\s*\\d{1,3}\\s*-|P\\.?\\s*\\d{1,3}))?$");

  private SheetSplitter() {}

  /**
   * The line with the breaks a spreadsheet or a PDF's text leaves inside a line (a cell's own line
   * break written as a vertical tab, a page's form feed, NEL, the Unicode line and paragraph
   * separators) read as spaces, as the published sheet's wrapped lines are, and the other
   * characters the content format refuses in a text ({@link ValueLimits#isControl}) left out, said
   * at their place: no sheet prints them.
   */
  private static String readable(Path file, int line, String text, Diagnostics diags) {
    StringBuilder sb = null;
    List<String> dropped = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean isBreak = c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      if (!isBreak && !ValueLimits.isControl(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (isBreak) {
        sb.append(' ');
      } else {
        if (dropped.isEmpty()) {
          first = i + 1;
        }
        dropped.add(String.format("U+%04X", (int) c));
      }
    }
    if (!dropped.isEmpty()) {
      diags.warning(new SourceLocation(file, line, first), null, dropped.size() == 1
              ? "an invisible control character (" + dropped.get(0) + ") is left out"
              : dropped.size() + " invisible control characters (" + String.join(", ", dropped.stream().distinct().toList())
                  + ") are left out",
          "nothing to do unless the text reads wrong where they stood; such characters come with text copied out of other programs");
    }
    return sb == null ? text : sb.toString();
  }

  static List<SheetBlock> split(Path file, String text, Diagnostics diags) {
    // A byte-order mark inside the text is where two files were joined; it is no character of a sheet.
    String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
    List<Row> all = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Row row = Row.parse(i + 1, readable(file, i + 1, lines[i], diags));
      if (!PageFurniture.isPageMark(row)) {
        all.add(row);
      }
    }
    List<SheetBlock> blocks = new ArrayList<>();
    Row heading = null;
    int year = 0;
    String form = null;
    List<Row> rows = new ArrayList<>();
    Row strayText = null;
    for (int i = 0; i < all.size(); i++) {
      Row row = all.get(i);
      Optional<Matcher> m = heading(row);
      int y = m.flatMap(h -> FiscalYear.parse(h.group(1))).map(FiscalYear::year).orElse(SheetBlock.YEAR_UNREAD);
      if (m.isPresent() && heading != null && y == year && m.get().group(2).equals(form) && !startsSheet(all, i + 1)) {
        // The heading printed again at the top of the sheet's next page, and with it perhaps the
        // sheet's number and name, as on its first page.
        int next = i + 1;
        while (next < all.size() && all.get(next).isBlank()) {
          next++;
        }
        if (next < all.size() && repeatsALine(rows, all.get(next))) {
          i = next;
        }
        continue;
      }
      if (m.isPresent()) {
        if (heading != null) {
          blocks.add(new SheetBlock(heading, year, form, rows));
        }
        // A heading whose year cannot be read still starts a sheet: its lines are no other sheet's,
        // and the sheet is refused, and counted, as one that cannot be read.
        heading = row;
        year = y;
        form = m.get().group(2);
        rows = new ArrayList<>();
      } else if (heading != null) {
        rows.add(row);
      } else if (!row.isBlank() && strayText == null) {
        strayText = row;
      }
    }
    if (heading != null) {
      blocks.add(new SheetBlock(heading, year, form, rows));
    }
    if (strayText != null && !blocks.isEmpty()) {
      diags.warning(new SourceLocation(file, strayText.line(), strayText.firstColumn()), null,
          "text before the first sheet heading is not part of any sheet and was not imported",
          "check that the file holds whole sheets, each starting with a heading such as 令和 4年度 事務事業マネジメントシート");
    }
    if (blocks.isEmpty()) {
      diags.error(SourceLocation.of(file), null, "no sheet found: no line is a sheet heading",
          "each sheet starts with a line such as 令和 4年度 事務事業マネジメントシート; check the file and its encoding (--encoding)");
    }
    return blocks;
  }

  /**
   * Whether {@code row} is the 事務事業名 line that the sheet's {@code rows} already have: the same
   * label and the same number and name, whatever the page prints beside them (担当部課 …).
   */
  private static boolean repeatsALine(List<Row> rows, Row row) {
    String key = nameKey(row);
    return key.startsWith("事務事業名") && rows.stream().anyMatch(r -> nameKey(r).equals(key));
  }

  /** The first two cells with text: the label and the number and name on a 事務事業名 line. */
  private static String nameKey(Row row) {
    return Texts.key(String.join(" ", row.nonEmpty().stream().limit(2).map(Cell::text).toList()));
  }

  /** Whether the first line with text from {@code from} on is the heading of a sheet's first part. */
  private static boolean startsSheet(List<Row> rows, int from) {
    for (int i = from; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        return Texts.key(rows.get(i).joined()).equals(Texts.key(Section.BASIC.title()));
      }
    }
    return false;
  }

  /**
   * The heading in the line's first cells (the year and the form may be cells of their own); a cell
   * or two after it (the city's or a department's name printed beside it) do not matter.
   */
  /** What is wrong with a sheet heading whose fiscal year cannot be read. */
  static String unreadYear(Row heading) {
    boolean twice = heading(heading).map(m -> m.group(1).contains("(")).orElse(false);
    return "the fiscal year of the sheet heading \"" + heading.joined().strip() + "\" cannot be read"
        + (twice ? ": its two spellings name different years" : "");
  }

  private static Optional<Matcher> heading(Row row) {
    List<Cell> cells = row.nonEmpty();
    if (cells.isEmpty() || cells.size() > 5) {
      return Optional.empty();
    }
    for (int k = 1; k <= Math.min(3, cells.size()); k++) {
      String text = String.join(" ", cells.subList(0, k).stream().map(Cell::text).toList());
      Matcher m = HEADING.matcher(Texts.fold(text).strip());
      if (m.matches()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}

package kokai.importer;

import java.nio.file.Path;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;

/**
 * The problems found while reading one sheet, located at the line and cell of the input file. A
 * sheet with an error is not written; its problems are reported with the others.
 */
final class Problems {
  /** How a hint names the content file the sheet is written to, which {@link #all(String)} names. */
  static final String WRITTEN_FILE = "the written file";
  private final Path file;
  private final Diagnostics found = new Diagnostics();

  Problems(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  SourceLocation at(int line, int column) {
    return new SourceLocation(file, line, column);
  }

  void error(Row row, Cell cell, String field, String message, String hint) {
    found.error(at(row.line(), cell == null ? row.firstColumn() : cell.column()), field, message, hint);
  }

  void error(Row row, String field, String message, String hint) {
    error(row, null, field, message, hint);
  }

  void warning(Row row, Cell cell, String field, String message, String hint) {
    found.warning(at(row.line(), cell == null ? row.firstColumn() : cell.column()), field, message, hint);
  }

  boolean hasErrors() {
    return found.hasErrors();
  }

  /** How many errors were found so far: a part of the sheet compares it before and after it is read. */
  long errors() {
    return found.errorCount();
  }

  List<Diagnostic> all() {
    return found.sorted();
  }

  /** The problems, their hints naming the file the sheet is written to: {@code sheets/2022/088.yaml}. */
  List<Diagnostic> all(String writtenTo) {
    return all().stream().map(d -> d.hint() == null || !d.hint().contains(WRITTEN_FILE) ? d
        : new Diagnostic(d.severity(), d.location(), d.field(), d.message(), d.hint().replace(WRITTEN_FILE, writtenTo)))
        .toList();
  }

  /** The first error, which names the reason a sheet was skipped. */
  Diagnostic firstError() {
    return all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
  }
}

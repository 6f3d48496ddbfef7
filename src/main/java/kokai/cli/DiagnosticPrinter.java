package kokai.cli;

import java.io.PrintWriter;
import java.util.List;
import kokai.diag.Diagnostic;
import kokai.diag.DiagnosticFormatter;

/** Prints diagnostics for people, with the source line and a caret. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(PrintWriter err, List<Diagnostic> ds) {
    if (!ds.isEmpty()) {
      err.print(new DiagnosticFormatter().formatAll(ds));
      err.flush();
    }
  }
}

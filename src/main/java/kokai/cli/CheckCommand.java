package kokai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kokai check}: loads and validates the content and reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks every content file and reports all problems, with file, line and column.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--content", defaultValue = "content", description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also writes every error and warning, per sheet, as an HTML page for staff.")
  Path report;

  @Override
  public Integer call() {
    LoadResult r = new ContentLoader().load(content);
    DiagnosticPrinter.print(spec.commandLine().getErr(), r.diagnostics());
    if (report != null) {
      try {
        QualityReport.write(report, r);
      } catch (java.io.UncheckedIOException e) {
        spec.commandLine().getErr().println("kokai: " + e.getMessage());
        return ExitCodes.DATA;
      }
      spec.commandLine().getOut().println("wrote the data-quality report to " + report);
    }
    if (r.hasErrors()) {
      return ExitCodes.DATA;
    }
    int n = r.content().map(c -> c.sheets().size()).orElse(0);
    spec.commandLine().getOut().println("checked " + BuildCommand.count(n, "sheet") + ": no errors");
    return ExitCodes.OK;
  }
}

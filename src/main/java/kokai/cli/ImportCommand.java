package kokai.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kokai.diag.SourceLocation;
import kokai.importer.ImportReport;
import kokai.importer.ImportRequest;
import kokai.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kokai import FILE... --out DIR}: published sheets in the text layout → content files. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports sheets in the published text layout (one or many per file) into a content folder.")
final class ImportCommand implements Callable<Integer> {
  /**
   * Shift_JIS is read in its Windows form: the office software that exports sheets writes it, and
   * the plain form has no ① or ㈱ and maps ～ to another character.
   */
  private static final Map<String, String> ENCODINGS = Map.of(
      "utf-8", "UTF-8", "utf8", "UTF-8", "shift_jis", "windows-31j", "sjis", "windows-31j",
      "windows-31j", "windows-31j", "cp932", "windows-31j", "ms932", "windows-31j", "utf-16", "UTF-16");

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files holding sheets.")
  List<Path> files;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = {"The content folder to write the sheets into, as", "sheets/<fiscal-year>/<id>.yaml"})
  Path out;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "UTF-8, Shift_JIS (read as windows-31j), windows-31j or UTF-16 (default: detected; "
          + "UTF-16 with its byte-order mark, UTF-8 if it decodes, else windows-31j).")
  String encoding;

  @Option(names = "--force", description = "Overwrite content files that differ from the imported sheet.")
  boolean force;

  @Override
  public Integer call() {
    ImportReport report = new Importer().run(new ImportRequest(files, out, charset(), force));
    PrintWriter o = spec.commandLine().getOut();
    for (Path p : report.written()) {
      o.println("wrote " + SourceLocation.display(out.resolve(p)));
    }
    if (report.siteWritten()) {
      o.println("wrote " + SourceLocation.display(out.resolve("site.yaml")) + " (placeholders: set title and city)");
    }
    for (ImportReport.Skipped s : report.skipped()) {
      o.println("skipped " + s.what() + ": " + s.reason().words());
    }
    DiagnosticPrinter.print(spec.commandLine().getErr(), report.diagnostics());
    o.println(report.summary());
    o.flush();
    return report.ok() ? ExitCodes.OK : ExitCodes.DATA;
  }

  private Optional<Charset> charset() {
    if (encoding == null) {
      return Optional.empty();
    }
    String name = ENCODINGS.get(encoding.toLowerCase(Locale.ROOT));
    if (name == null) {
      throw new ParameterException(spec.commandLine(),
          "unknown encoding '" + encoding + "': use UTF-8, Shift_JIS, windows-31j or UTF-16");
    }
    return Optional.of(Charset.forName(name));
  }
}

package kokai.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.SiteBuild;
import kokai.diag.Diagnostic;
import kokai.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kokai check}: reports every problem {@code build} would, in the same words, without
 * writing a site: the content is checked, then the site is rendered and its links checked, as a
 * build does, into a sink that discards the files (only the pages the content can break, unless
 * the theme has templates of its own or {@code --every-page} is given).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks every content file, the theme and every link of the site as a build would, and reports all problems"
        + " with file, line and column. Writes no site.")
final class CheckCommand implements Callable<Integer> {
  /** How check names a built page in a message: as a build into the default output folder would. */
  private static final Path NAMED_AS = Path.of("site");

  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Option(names = "--base-url", description = "The public URL of the site's folder, as given to build, overriding baseUrl in site.yaml.")
  String baseUrl;

  @Option(names = "--every-page", description = "Renders every page, as build does, not only those the content can break"
      + " (done anyway when the theme has templates of its own). Takes about as long as a build.")
  boolean everyPage;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also writes every error and warning, per sheet, as an HTML page for staff.")
  Path report;

  @Override
  public Integer call() {
    if (!BuildCommand.baseUrlUsable(baseUrl, "check", spec.commandLine().getErr())) {
      return ExitCodes.USAGE;
    }
    BuildConfig cfg = new BuildConfig(source.content, NAMED_AS, baseUrl, source.themeDir);
    if (report != null && !reportAllowed(cfg)) {
      return ExitCodes.USAGE;
    }
    AtomicReference<LoadResult> loaded = new AtomicReference<>();
    BuildResult r = new SiteBuild().check(cfg, everyPage, loaded::set);
    DiagnosticPrinter.print(spec.commandLine().getErr(), r.diagnostics());
    if (report != null) {
      try {
        QualityReport.write(report, Optional.ofNullable(loaded.get()), r.diagnostics());
      } catch (UncheckedIOException e) {
        spec.commandLine().getErr().println("kokai: " + e.getMessage());
        return ExitCodes.DATA;
      }
      spec.commandLine().getOut().println("wrote the data-quality report to " + report);
    }
    if (r.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return ExitCodes.DATA;
    }
    spec.commandLine().getOut().println("checked " + BuildCommand.count(r.sheets(), "sheet") + ": no errors");
    return ExitCodes.OK;
  }

  /**
   * Whether the report may be written where asked: not among the sheets, pages, static files or
   * themes (it would replace one, or be read or published as one next time), nor over a file that
   * is no HTML page (site.yaml, a sheet).
   */
  private boolean reportAllowed(BuildConfig cfg) {
    var err = spec.commandLine().getErr();
    Path at = real(report);
    Path c = cfg.content();
    for (Path folder : List.of(c.resolve("sheets"), c.resolve("pages"), c.resolve("static"), cfg.themes())) {
      if (at.startsWith(real(folder))) {
        err.println("kokai check: --report " + report + " lies inside " + folder + ", where it would replace a file of the site"
            + " or be read as one; write it beside it, e.g. --report report.html");
        return false;
      }
    }
    String name = report.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.exists(report) && !(name.endsWith(".html") || name.endsWith(".htm"))) {
      err.println("kokai check: --report " + report + " is a file that is no HTML page, which the report would replace;"
          + " give a name ending in .html, e.g. --report report.html");
      return false;
    }
    return true;
  }

  /** The path as the file system has it, links resolved where it exists. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (java.io.IOException e) {
      return abs;
    }
  }
}

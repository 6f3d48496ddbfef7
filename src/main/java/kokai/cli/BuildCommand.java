package kokai.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kokai.build.BuildConfig;
import kokai.build.BuildResult;
import kokai.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kokai build}: builds the site into a staging folder and publishes it atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the static site from the content folder. The output folder is replaced only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Option(names = "--out", defaultValue = "site", description = "The output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  // An address and a file name each start a line of their own: the help cuts a long line at a dot or colon too.
  @Option(names = "--base-url", description = {"The public URL of the site's folder, such as", "https://example.jp/hyoka/ (instead of baseUrl in",
      "site.yaml), for the sitemap, the canonical links, the feed and the links of the page not found."})
  String baseUrl;

  @Option(names = "--timings", description = "Print the time each stage took.")
  boolean timings;

  @Override
  public Integer call() {
    if (!baseUrlUsable(baseUrl, "build", spec.commandLine().getErr())) {
      return ExitCodes.USAGE;
    }
    BuildResult r = new SiteBuild().run(new BuildConfig(source.content, out, baseUrl, source.themeDir));
    DiagnosticPrinter.print(spec.commandLine().getErr(), r.diagnostics());
    double seconds = r.elapsed().toNanos() / 1e9;
    if (!r.published()) {
      spec.commandLine().getErr().printf(Locale.ROOT, Files.exists(out)
          ? "build failed after %.2f s; %s was left as it was%n" : "build failed after %.2f s; nothing was written to %s%n", seconds, out);
      return ExitCodes.DATA;
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "built %s (%s), %s (%,d changed), %,d bytes in %.2f s into %s%n",
        count(r.pages(), "page"), count(r.sheets(), "sheet"), count(r.files(), "file"), r.files() - r.unchanged(),
        r.bytes(), seconds, out);
    if (timings) {
      spec.commandLine().getOut().println("stages: " + r.timings());
      spec.commandLine().getOut().println(QuickStart.describe(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }
    return ExitCodes.OK;
  }

  /** Whether {@code --base-url} (null: not given) can be used, else says why on {@code err}. */
  static boolean baseUrlUsable(String baseUrl, String command, PrintWriter err) {
    if (baseUrl != null && !kokai.model.SiteConfig.isWebAddress(baseUrl)) {
      err.println("kokai " + command + ": --base-url must be a whole web address starting with http:// or https://"
          + " (e.g. https://example.jp/hyoka/), got \"" + baseUrl + "\"");
      return false;
    }
    if (baseUrl != null && kokai.model.SiteConfig.pageFolder(baseUrl).isPresent()) {
      err.println("kokai " + command + ": --base-url must be the site's folder, not a page: use \""
          + kokai.model.SiteConfig.pageFolder(baseUrl).get() + "\" instead of \"" + baseUrl + "\"");
      return false;
    }
    return true;
  }

  /** "1 sheet", "6 sheets", "0 sheets", "10,000 sheets": grouped as the other figures of the summary. */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}

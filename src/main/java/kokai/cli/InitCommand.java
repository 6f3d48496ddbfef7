package kokai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kokai init DIR}: a new site that builds at once, with a site config, one example sheet
 * and an about page, for a city starting from nothing.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Creates a new site in DIR (content/site.yaml, an example sheet and an about page) that builds at once.")
final class InitCommand implements Callable<Integer> {
  /** The starter files, copied from the jar's kokai/init/ folder to the same place under DIR. */
  static final List<String> FILES = List.of(
      "content/site.yaml", "content/sheets/2025/001.yaml", "content/pages/about.md");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder for the new site (created; must be empty if it exists).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      spec.commandLine().getErr().println("kokai init: " + dir + " exists and is not an empty folder; choose a new folder");
      return ExitCodes.USAGE;
    }
    for (String f : FILES) {
      Path target = dir.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = InitCommand.class.getResourceAsStream("/kokai/init/" + f)) {
        if (in == null) {
          throw new IllegalStateException("the starter file " + f + " is missing from the kokai jar");
        }
        Files.copy(in, target);
      }
    }
    spec.commandLine().getOut().println("created a new site in " + dir + "; build it with:");
    spec.commandLine().getOut().println("  cd " + quoted(dir.toString()) + " && " + launcher(runningJar()) + " build");
    return ExitCodes.OK;
  }

  /**
   * How to start kokai again: {@code java -jar} with the jar that is running now (there is no
   * {@code kokai} launcher on the path), or the jar's usual name when not running from a jar.
   */
  static String launcher(Path jar) {
    if (jar != null && Files.isRegularFile(jar) && jar.toString().endsWith(".jar")) {
      return "java -jar " + quoted(jar.toAbsolutePath().normalize().toString());
    }
    return "java -jar kokai.jar";
  }

  private static String quoted(String path) {
    return path.matches("[A-Za-z0-9_./:\\\\-]+") ? path : "\"" + path + "\"";
  }

  private static Path runningJar() {
    try {
      var source = InitCommand.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }

  private static boolean isEmpty(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }
}

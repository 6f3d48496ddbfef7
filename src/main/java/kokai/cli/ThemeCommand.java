package kokai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kokai.diag.Suggestions;
import kokai.render.DefaultTheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kokai theme NAME [FILE...]}: starts or extends a city's theme with copies of the default
 * theme's files to change, since a city running only the jar has no other copy of them. Without
 * FILE it lists the files there are. It never overwrites a file of the theme.
 */
@Command(name = "theme", mixinStandardHelpOptions = true,
    description = {"Copies files of the default theme into themes/NAME/ for the city to change (FILE as listed without it,"
        + " e.g. templates/partials/header.ftlh); without FILE, lists them.",
        "A theme needs only the files it changes; name it in content/site.yaml as theme: NAME."})
final class ThemeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The city's theme, a folder under the themes folder (e.g. city).")
  String name;

  @Parameters(index = "1..*", paramLabel = "FILE", description = "Files of the default theme to copy, as listed.")
  List<String> files = new ArrayList<>();

  @Option(names = "--theme-dir", defaultValue = "themes", description = "The folder holding the themes (default: ${DEFAULT-VALUE}).")
  Path themeDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!name.matches("[a-z0-9][a-z0-9-]*") || name.equals("default")) {
      err.println("kokai theme: \"" + name + "\" cannot name a theme: use lower-case letters, digits and hyphens, and not"
          + " \"default\", e.g. kokai theme city");
      return ExitCodes.USAGE;
    }
    Map<String, byte[]> theirs = DefaultTheme.files();
    theirs.keySet().removeIf(f -> f.equals("theme.properties"));
    Path theme = themeDir.resolve(name);
    if (files.isEmpty()) {
      out.println("The default theme's files; copy those to change with kokai theme " + name + " FILE...");
      theirs.keySet().forEach(f -> out.println("  " + f));
      return ExitCodes.OK;
    }
    List<String> unknown = files.stream().map(f -> f.replace('\\', '/')).filter(f -> !theirs.containsKey(f)).toList();
    for (String f : unknown) {
      // A name without its folder (header.ftlh) is the file of that name wherever it is.
      Optional<String> meant = theirs.keySet().stream().filter(t -> t.endsWith("/" + f)).findFirst()
          .or(() -> Suggestions.closest(f, theirs.keySet()));
      err.println("kokai theme: the default theme has no file " + f + (f.equals("assets/css/theme.css")
          ? " (a theme's theme.css is its own: create it in " + theme.resolve(f) + ")"
          : meant.map(m -> " (did you mean " + m + "?)").orElse(" (kokai theme " + name + " lists them)")));
    }
    if (!unknown.isEmpty()) {
      return ExitCodes.USAGE;
    }
    for (String f : files) {
      String file = f.replace('\\', '/');
      Path target = theme.resolve(file);
      // A link there, even to nothing, is the city's: nothing is written through it.
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        out.println("kept " + target + ": the theme has it already (delete it first to start again from the default's)");
        continue;
      }
      Files.createDirectories(target.getParent());
      if (file.startsWith("i18n/")) {
        // Each key of the copy replaces the default's: all start commented out, and the city
        // takes the # from those it changes, so the others follow later versions of kokai.
        String text = new String(theirs.get(file), StandardCharsets.UTF_8);
        Files.writeString(target, "# Remove the # before each text the city changes; the others stay the default's.\n"
            + text.lines().map(l -> l.isBlank() || l.startsWith("#") ? l : "#" + l).collect(Collectors.joining("\n", "", "\n")));
      } else {
        Files.write(target, theirs.get(file));
      }
      out.println("copied " + file + " to " + target);
    }
    out.println("Change the copies; files you do not change can be deleted (the default's are used)."
        + " The site uses the theme once content/site.yaml says theme: " + name);
    return ExitCodes.OK;
  }
}

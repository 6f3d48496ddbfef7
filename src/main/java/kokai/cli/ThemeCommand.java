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
import kokai.build.BuildConfig;
import kokai.diag.Suggestions;
import kokai.load.ContentLoader;
import kokai.model.SiteConfig;
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
    // Paths and "theme: NAME" each on a line of their own: the help wraps long lines at any dot or space.
    description = {"Copies files of the default theme into themes/NAME/ for the city to change; without FILE, lists them.",
        "FILE is a path as listed, such as templates/partials/header.ftlh.",
        "A theme needs only the files it changes.",
        "Then write theme: NAME in content/site.yaml."})
final class ThemeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The city's theme, a folder under the themes folder (e.g. city).")
  String name;

  @Parameters(index = "1..*", paramLabel = "FILE", description = "Files of the default theme to copy, as listed.")
  List<String> files = new ArrayList<>();

  @Option(names = "--content", defaultValue = "content",
      description = "The site's content folder: the theme goes in the themes folder beside it, where the build looks (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--theme-dir", description = "The folder holding the themes (default: themes/ beside the content folder).")
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
    if (files.isEmpty()) {
      out.println("The default theme's files; copy those to change with kokai theme " + name + " FILE...");
      theirs.keySet().forEach(f -> out.println("  " + f));
      // A copy of site.css for a colour would miss the default's later fixes; theme.css needs no copy.
      out.println("For the colours no copy is needed: write them in " + themes().resolve(name).resolve("assets/css/theme.css")
          + " (e.g. :root { --brand: #006633; } for the light page, and @media screen and (prefers-color-scheme: dark)"
          + " { html:root { --brand: #7fd1a0; } } for the dark one), which every page loads after the default stylesheets.");
      return ExitCodes.OK;
    }
    List<String> asked = files.stream().map(ThemeCommand::inTheme).toList();
    List<String> unknown = asked.stream().filter(f -> !theirs.containsKey(f)).toList();
    for (String f : unknown) {
      // A name without its folder (header.ftlh) is the file of that name wherever it is.
      Optional<String> meant = theirs.keySet().stream().filter(t -> t.endsWith("/" + f)).findFirst()
          .or(() -> Suggestions.closest(f, theirs.keySet()));
      err.println("kokai theme: the default theme has no file " + f + (f.equals("assets/css/theme.css")
          ? " (a theme's theme.css is its own: create it in " + themes().resolve(name).resolve(f) + ")"
          : meant.map(m -> " (did you mean " + m + "?)").orElse(" (kokai theme " + name + " lists them)")));
    }
    if (!unknown.isEmpty()) {
      return ExitCodes.USAGE;
    }
    // The build looks for the theme beside the content folder: a copy made elsewhere (the command
    // run in another folder) would change nothing, and nothing would say why.
    if (themeDir == null && ContentLoader.siteConfigOf(content).isEmpty()) {
      // Named, not "this folder": a --content mistyped below the content names the folder above it.
      err.println("kokai theme: " + ContentLoader.findContentRunIn(content)
          .map(found -> found + " is a site's content itself, and its theme goes in themes/ beside it:"
              + " run the command in the folder above it, or give --content " + found)
          .orElse("there is no site's content folder at " + content + " (with site.yaml), beside which the site's themes/ folder goes:"
              + " run the command in the site's folder (where kokai build runs), or give --content FOLDER"));
      return ExitCodes.USAGE;
    }
    Path theme = themes().resolve(name);
    boolean copied = false;
    boolean failed = false;
    for (String file : asked) {
      Path target = theme.resolve(file);
      Optional<Path> inTheWay = fileInTheWay(themes(), target);
      if (inTheWay.isPresent() || Files.isDirectory(target)) {
        err.println("kokai theme: cannot copy " + file + ": " + inTheWay.map(p -> p + " is a file, where the theme needs a folder")
            .orElse(target + " is a folder") + " (rename or move it, then run this again)");
        failed = true;
        continue;
      }
      // A link there, even to nothing, is the city's: nothing is written through it.
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Optional<DefaultTheme.Outdated> since = Files.isRegularFile(target) ? DefaultTheme.outdated(file, target) : Optional.empty();
        out.println("kept " + target + ": the theme has it already" + since.map(o -> "; it is a copy from kokai " + o.kokai()
                + ", and this kokai's default has changed the file since: " + o.advice(themes(), name, file))
            .orElse(" (delete it first to start again from the default's)"));
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
        Files.write(target, DefaultTheme.copy(file, theirs.get(file)));
      }
      out.println("copied " + file + " to " + target);
      copied = true;
    }
    Optional<Path> config = ContentLoader.siteConfigOf(content);
    Optional<String> named = ContentLoader.siteFieldText(content, "theme");
    boolean inUse = named.filter(name::equals).isPresent();
    if (copied) {
      out.println("Change the copies; files you do not change can be deleted (the default's are used). "
          + (inUse ? "The site uses them: " + config.get() + " says theme: " + name
              : "The site uses the theme once " + config.map(Path::toString).orElse("its site.yaml") + " says theme: " + name
                  + (config.isPresent() ? " (it says theme: " + named.orElse(SiteConfig.DEFAULT_THEME) + " now)" : "")));
    } else if (config.isPresent() && !inUse) {
      // Else the build goes on with the default theme, and the city wonders where its changes went.
      out.println("The site uses the theme once " + config.get() + " says theme: " + name
          + " (it says theme: " + named.orElse(SiteConfig.DEFAULT_THEME) + " now)");
    }
    if (failed) {
      return ExitCodes.FILES;
    }
    return ExitCodes.OK;
  }

  /** The themes folder: the given one, or themes/ beside the content folder, as the build finds it. */
  private Path themes() {
    return new BuildConfig(content, Path.of("site"), null, themeDir).themes();
  }

  /**
   * A file as named in the default theme: with forward slashes, and without the {@code themes/default/}
   * before it with which kokai's own messages name the default's files
   * ({@code themes/default/templates/partials/ui.ftlh:12:3: error: …}).
   */
  private static String inTheme(String asked) {
    String f = asked.replace('\\', '/');
    while (f.startsWith("./")) {
      f = f.substring(2);
    }
    return f.startsWith("themes/default/") ? f.substring("themes/default/".length()) : f;
  }

  /** A file (not a folder) where the copy needs a folder: the themes folder itself, the theme's, or one inside it. */
  private static Optional<Path> fileInTheWay(Path themes, Path target) {
    List<Path> folders = new ArrayList<>();
    for (Path p = target.getParent(); p != null; p = p.getParent()) {
      folders.add(0, p);
      if (p.equals(themes)) {
        break;
      }
    }
    return folders.stream().filter(p -> Files.exists(p) && !Files.isDirectory(p)).findFirst();
  }
}

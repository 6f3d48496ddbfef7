package kokai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;
import kokai.model.EditorFiles;
import kokai.model.SiteConfig;

/**
 * The theme folders in lookup order: the site's own theme first (when it is not the default),
 * then {@code default}. A file in the site's theme replaces the default's file of the same name,
 * so a city overrides its header, logo or colours without copying the rest. The default theme is
 * the copy inside the jar, with the files of {@code <themes>/default} before it when that folder exists.
 *
 * <pre>{@code
 * Optional<Theme> theme = Theme.locate(Path.of("themes"), config, () -> SourceLocation.of(siteYaml), diags);
 * }</pre>
 */
final class Theme {
  static final String BUILT_IN = "kokai/themes/default";
  /** The theme's folders in lookup order; the last is the default theme inside the jar. */
  private final List<Path> roots;
  /** {@link #changedTemplates}, once read. */
  private List<Changed> changed;

  private Theme(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** {@code named}: where the site config names its theme, for the message when that theme does not exist. */
  static Optional<Theme> locate(Path themesDir, SiteConfig config, Supplier<SourceLocation> named, Diagnostics diags) {
    List<Path> roots = new ArrayList<>();
    if (!config.theme().equals(SiteConfig.DEFAULT_THEME)) {
      Path own = themesDir.resolve(config.theme());
      Optional<Path> file = Stream.of(themesDir, own).filter(p -> Files.exists(p) && !Files.isDirectory(p)).findFirst();
      if (file.isPresent()) {
        // A file of that name (a zip not unpacked, a copy saved as a file) where the folder should be.
        diags.error(named.get(), "theme", "the theme \"" + config.theme() + "\" cannot be read: " + file.get()
                + " is a file, where " + (file.get().equals(own) ? "the theme's folder" : "the folder of the themes") + " should be",
            "move the file away and make " + own + " a folder (it needs only the files it overrides), or set theme: default");
        return Optional.empty();
      }
      if (!Files.isDirectory(own)) {
        Optional<String> meant = Suggestions.closest(config.theme(), folders(themesDir));
        diags.error(named.get(), "theme", "the theme \"" + config.theme() + "\" does not exist"
                + meant.map(m -> " (did you mean \"" + m + "\"?)").orElse(""),
            meant.map(m -> "write theme: " + m + " in site.yaml, as the folder is named")
                .orElse("create the folder " + own + " (it needs only the files it overrides), or set theme: default"));
        return Optional.empty();
      }
      roots.add(own);
    }
    // A default theme on disk (kokai's own, or a city's changes made there) is read before the copy
    // inside the jar, which gives what it does not have: a folder with only a changed header works.
    Path disk = themesDir.resolve(SiteConfig.DEFAULT_THEME);
    if (Files.isDirectory(disk)) {
      roots.add(disk);
    }
    Path builtIn = builtInRoot();
    boolean usable = true;
    for (int i = 0; i < roots.size(); i++) {
      usable &= ThemeAudit.check(roots.get(i), builtIn, diags);
    }
    if (!usable) {
      return Optional.empty();
    }
    roots.add(builtIn);
    return Optional.of(new Theme(roots));
  }

  List<Path> roots() {
    return roots;
  }

  /** The file that provides {@code relative} (e.g. {@code templates/sheet.ftlh}), first in lookup order. */
  Optional<Path> find(String relative) {
    return roots.stream().map(r -> r.resolve(relative)).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Whether a template comes from elsewhere than kokai's own default theme, which kokai's tests
   * render over every kind of content: from a city's theme, or a file of the default theme on
   * disk that differs from the one inside kokai. A copy made with {@code kokai theme} and left as
   * it is, but for its stamp line, is kokai's.
   */
  boolean ownTemplates() {
    return !changedTemplates().isEmpty();
  }

  /**
   * A template of the theme's own (not kokai's, see {@link #ownTemplates}) that may show other
   * sheets' data than the pages an edit renders again, if any: one with an expression kokai's
   * template of that name does not have that reads {@code site} (the whole site), or, outside a
   * group's listing, a page's department or neighbours ({@code page.department()}, {@code
   * page.next()}), or a name bound to one of these. The home page and the list of departments,
   * which every edit renders again, may read anything.
   */
  Optional<Path> siteWideTemplate() {
    for (Changed c : changedTemplates()) {
      if (ALWAYS_RENDERED.contains(c.name())) {
        continue;
      }
      Set<String> kokaisOwn = c.kokais() == null ? Set.of() : expressions(new String(c.kokais(), StandardCharsets.UTF_8));
      Set<String> own = expressions(new String(c.text(), StandardCharsets.UTF_8));
      Pattern reads = GROUP_LISTINGS.contains(c.name()) ? READS_SITE : READS_SITE_OR_PAGE;
      // The names a template binds to what it reads (<#list site.years() as y>) read it too.
      Set<String> bound = new TreeSet<>();
      for (String x : own) {
        Matcher b = BINDS.matcher(x);
        if (b.find() && reads.matcher(x).find()) {
          bound.add(b.group(1) != null ? b.group(1) : b.group(2));
        }
      }
      Pattern readsAny = bound.isEmpty() ? reads
          : Pattern.compile(reads.pattern() + "|(?<![.\\w])(" + String.join("|", bound) + ")\\b");
      if (own.stream().anyMatch(x -> !kokaisOwn.contains(x) && readsAny.matcher(x).find())) {
        return Optional.of(c.file());
      }
    }
    return Optional.empty();
  }

  /** A template of the theme's own that is not kokai's of its name, with both texts ({@code kokais} null when kokai has none). */
  private record Changed(String name, Path file, byte[] text, byte[] kokais) {}

  /**
   * The theme's own templates that differ from kokai's, read once: the preview asks at each full
   * build whether there are any and whether one reads the whole site.
   */
  private synchronized List<Changed> changedTemplates() {
    if (changed != null) {
      return changed;
    }
    List<Changed> found = new ArrayList<>();
    if (roots.size() > 1) {
      Path kokais = roots.get(roots.size() - 1).resolve("templates");
      try {
        for (Map.Entry<String, Path> e : files("templates").entrySet()) {
          if (e.getValue().startsWith(kokais)) {
            continue;
          }
          Path same = kokais.resolve(e.getKey());
          byte[] text = Files.readAllBytes(e.getValue());
          byte[] theirs = Files.isRegularFile(same) ? Files.readAllBytes(same) : null;
          if (!sameAsKokais(text, theirs)) {
            found.add(new Changed(e.getKey(), e.getValue(), text, theirs));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the theme's templates", e);
      }
    }
    changed = List.copyOf(found);
    return changed;
  }

  /**
   * Whether a template of the theme is kokai's {@code theirs}: the same bytes, or a copy of it made
   * by {@code kokai theme} and left unchanged but for the stamp line, which every copy has.
   */
  private static boolean sameAsKokais(byte[] text, byte[] theirs) {
    return theirs != null && (Arrays.equals(text, theirs)
        || DefaultTheme.withoutStamp(new String(text, StandardCharsets.UTF_8)).equals(new String(theirs, StandardCharsets.UTF_8)));
  }

  /** A template's expressions, {@code ${…}} and the tags of directives and macros, blanks made one space. */
  private static Set<String> expressions(String template) {
    Set<String> out = new HashSet<>();
    Matcher m = EXPRESSION.matcher(template);
    while (m.find()) {
      out.add(m.group().replaceAll("\\s+", " "));
    }
    return out;
  }

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}|<[#@][^>]*>");
  /** A directive that binds a name to a value: {@code <#list … as y>}, {@code <#assign s = …>}. */
  private static final Pattern BINDS = Pattern.compile("^<#list\\b.*\\bas\\s+(\\w+)|^<#(?:assign|local|global)\\s+(\\w+)\\s*=");
  private static final Pattern READS_SITE = Pattern.compile("(?<![.\\w])site\\b");
  /** The site, or what a page holds of other sheets than those an edit renders again with it (its department's, its neighbours). */
  private static final Pattern READS_SITE_OR_PAGE = Pattern.compile(
      "(?<![.\\w])site\\b|(?<![.\\w])page\\s*\\.\\s*(department|next|previous)\\b");
  /** The templates of the pages every edit in the preview renders again. */
  private static final Set<String> ALWAYS_RENDERED = Set.of("home.ftlh", "departments.ftlh");
  /** The listings of one group, whose page an edit of any of its sheets renders again. */
  private static final Set<String> GROUP_LISTINGS = Set.of("department.ftlh", "year.ftlh", "sdg.ftlh", "sdg-year.ftlh",
      "direction.ftlh", "direction-year.ftlh");

  /** How diagnostics name a theme file: its path on disk, or its place in the default theme. */
  Path display(Path file) {
    Path last = roots.get(roots.size() - 1);
    if (file.startsWith(last)) {
      return Path.of("themes", "default").resolve(last.relativize(file).toString());
    }
    return file;
  }

  /** Every file under {@code folder} of the theme, by relative path; the site's theme wins. */
  Map<String, Path> files(String folder) {
    Map<String, Path> out = new TreeMap<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      out.putAll(filesIn(roots.get(i).resolve(folder)));
    }
    return out;
  }

  /**
   * Every file under {@code dir}, by its path relative to it with forward slashes; none when there
   * is no such folder. An editor's leftovers ({@code site.css~}, {@code .DS_Store}) are not the
   * theme's and never reach the site.
   */
  static Map<String, Path> filesIn(Path dir) {
    Map<String, Path> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(f -> !EditorFiles.isLeftover(dir.relativize(f)))
          .forEach(f -> out.put(dir.relativize(f).toString().replace('\\', '/'), f));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the theme folder " + dir, e);
    }
    return out;
  }

  /** The names of the folders of {@code themesDir}: the themes there are. */
  private static List<String> folders(Path themesDir) {
    if (!Files.isDirectory(themesDir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(themesDir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static Path builtInRoot() {
    URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + "/theme.properties");
    if (marker == null) {
      throw new IllegalStateException("the default theme is missing from the kokai jar");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // Opened by an earlier build in this JVM; Path.of finds it.
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the default theme inside the kokai jar", e);
    }
  }
}

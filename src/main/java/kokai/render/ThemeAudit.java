package kokai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;

/**
 * Warns about the files of a city theme that change nothing: a file outside {@code templates/},
 * {@code assets/} and {@code i18n/}, a template at another place than the default's template of the
 * same name, and a message key the default theme does not have. A theme overrides by file name and
 * key, so such a mistake would otherwise be ignored without a word.
 *
 * <pre>{@code
 * ThemeAudit.check(Path.of("themes/city"), defaultRoot, diags);
 * }</pre>
 */
final class ThemeAudit {
  private static final Set<String> FOLDERS = Set.of("templates", "assets", "i18n");

  private ThemeAudit() {}

  static void check(Path own, Path defaults, Diagnostics diags) {
    Map<String, Path> mine = Theme.filesIn(own);
    Set<String> theirs = Theme.filesIn(defaults).keySet();
    for (Map.Entry<String, Path> e : mine.entrySet()) {
      String rel = e.getKey();
      String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
      if (!FOLDERS.contains(top)) {
        if (!rel.equals("theme.properties") && !rel.startsWith(".") && !rel.equalsIgnoreCase("README.md")) {
          diags.warning(SourceLocation.of(e.getValue()), "theme", "this file is not used: a theme's files go under templates/, assets/ or i18n/",
              sameName(rel, theirs, "move it to the place of the file it replaces, e.g. ", "e.g. assets/" + rel + " for a file of its own"));
        }
      } else if (top.equals("templates") && !theirs.contains(rel)) {
        String moved = sameName(rel, theirs, "", "");
        if (!moved.isEmpty()) {
          diags.warning(SourceLocation.of(e.getValue()), "theme",
              "this template replaces nothing: the default theme has a template of this name at " + moved,
              "move it to " + moved + " (or ignore this warning if another template of the theme includes it)");
        }
      } else if (top.equals("i18n") && theirs.contains(rel)) {
        unknownKeys(e.getValue(), defaults.resolve(rel), diags);
      }
    }
  }

  /** The default theme's file with the same name as {@code rel}, after {@code lead}; {@code none} when there is none. */
  private static String sameName(String rel, Set<String> theirs, String lead, String none) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    return theirs.stream().filter(t -> t.equals(name) || t.endsWith("/" + name)).findFirst().map(t -> lead + t).orElse(none);
  }

  private static void unknownKeys(Path file, Path defaultFile, Diagnostics diags) {
    Set<String> known = new TreeSet<>(Messages.properties(defaultFile).stringPropertyNames());
    List<String> lines = read(file).lines().toList();
    for (String key : new TreeSet<>(Messages.properties(file).stringPropertyNames())) {
      if (known.contains(key)) {
        continue;
      }
      int line = 0;
      for (int i = 0; i < lines.size() && line == 0; i++) {
        String l = lines.get(i).strip();
        if (l.startsWith(key) && l.substring(key.length()).matches("\\s*[=:\\s].*|")) {
          line = i + 1;
        }
      }
      String group = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
      String near = known.stream().filter(k -> k.startsWith(group)).collect(Collectors.joining(", "));
      diags.warning(new SourceLocation(file, line, line == 0 ? 0 : 1), "theme",
          "the interface text \"" + key + "\" is not used: the default theme has no such key",
          near.isEmpty() ? "use a key of " + defaultFile.getFileName() + " in the default theme"
              : "use one of the keys the default theme has: " + near);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}

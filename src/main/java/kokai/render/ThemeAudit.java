package kokai.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.Suggestions;
import kokai.diag.TextBytes;

/**
 * Warns about the files of a city theme that change nothing: a file outside {@code templates/},
 * {@code assets/} and {@code i18n/}, a template at another place than the default's template of the
 * same name, and a message key the default theme does not have. A theme overrides by file name and
 * key, so such a mistake would otherwise be ignored without a word. It warns too about a message
 * key given twice (the last wins), an interface text that loses what the page puts in it, and a
 * copy of a default file ({@code kokai theme}) that kokai's default has changed since; and it is an
 * error when a template or messages file cannot be read, or a page template or layout is empty.
 *
 * <pre>{@code
 * ThemeAudit.check(Path.of("themes/city"), defaultRoot, diags);
 * }</pre>
 */
final class ThemeAudit {
  private static final Set<String> FOLDERS = Set.of("templates", "assets", "i18n");
  /** A Freemarker comment, which a template of nothing else leaves as blank as an empty one. */
  private static final Pattern COMMENT = Pattern.compile("(?s)<#--.*?-->");

  private ThemeAudit() {}

  /** Reports what it finds; false when a file of the theme cannot be used at all (an error). */
  static boolean check(Path own, Path defaults, Diagnostics diags) {
    boolean usable = true;
    Map<String, Path> mine = Theme.filesIn(own);
    Set<String> theirs = Theme.filesIn(defaults).keySet();
    // The theme's templates as text, each read once however many of its files ask who includes them;
    // one not saved as UTF-8 is an error at its first wrong byte (Freemarker would say only that
    // "template inclusion failed" in the default template that includes it).
    Map<String, String> templateTexts = new HashMap<>();
    for (Map.Entry<String, Path> e : mine.entrySet()) {
      if (e.getKey().startsWith("templates/")) {
        Optional<String> text = utf8(e.getValue(), "the template is", diags);
        text.ifPresent(t -> templateTexts.put(e.getKey(), t));
        usable &= text.isPresent();
        boolean blank = text.isPresent() && COMMENT.matcher(text.get()).replaceAll("").isBlank();
        // A partial left empty takes its part away (a footer); a page template or layout left empty
        // would publish blank pages, or fail on every page that calls the layout's macro.
        boolean page = e.getKey().indexOf('/', "templates/".length()) < 0;
        if (blank && (page || e.getKey().startsWith("templates/layouts/"))) {
          diags.error(SourceLocation.of(e.getValue()), "theme", page ? "the page template is empty: every page it makes would be blank"
                  : "the layout is empty: every page that calls it would fail",
              "copy the default theme's " + e.getKey() + " here and change what the city needs, or delete this file to use the default's");
          usable = false;
        }
      }
    }
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
        } else if (!includedByOwn(rel, mine, templateTexts)) {
          String name = rel.substring("templates/".length());
          List<String> named = theirs.stream().filter(t -> t.startsWith("templates/")).map(t -> t.substring("templates/".length())).toList();
          diags.warning(SourceLocation.of(e.getValue()), "theme",
              "this template is not used: the default theme has none of this name, and no template of the theme includes it",
              Suggestions.closest(name, named).map(n -> "did you mean templates/" + n + "? A theme replaces a template by its name")
                  .orElse("name it after the default theme's template it replaces, or include it from one of the theme's templates"));
        }
      } else if (top.equals("i18n") && !theirs.contains(rel)) {
        List<String> named = theirs.stream().filter(t -> t.startsWith("i18n/")).toList();
        // messages_en.properties.txt: Notepad's extension, hidden by Windows.
        Optional<String> meant = named.stream().filter(rel::startsWith).findFirst().or(() -> Suggestions.closest(rel, named));
        diags.warning(SourceLocation.of(e.getValue()), "theme", "this file is not used: interface texts are read from "
                + String.join(" and ", named),
            meant.map(n -> "did you mean " + n + "? Name the file exactly so (in Windows, turn on File name extensions to see"
                + " the whole name)").orElse("name it " + String.join(" or ", named)));
      } else if (top.equals("i18n") && rel.endsWith(".properties")) {
        Optional<MessageFile> read = readable(e.getValue(), diags);
        if (read.isEmpty()) {
          usable = false;
        } else {
          checkKeys(e.getValue(), read.get(), defaults.resolve(rel), diags);
        }
      }
    }
    for (Map.Entry<String, Path> e : mine.entrySet()) {
      String rel = e.getKey();
      if (theirs.contains(rel) && (rel.endsWith(".ftlh") || rel.endsWith(".css") || rel.endsWith(".js"))) {
        Optional<DefaultTheme.Outdated> outdated = templateTexts.containsKey(rel) ? DefaultTheme.outdated(rel, templateTexts.get(rel))
            : DefaultTheme.outdated(rel, e.getValue());
        outdated.ifPresent(o -> outdatedCopy(own, rel, e.getValue(), o, diags));
      }
    }
    return usable;
  }

  /**
   * Warns about a copy of the default's file ({@code kokai theme}) that says it was made from a
   * version of the file that kokai's default has changed since: the site goes on with the copy as
   * it is, and a later fix or section of the default's would otherwise never reach it unseen.
   */
  private static void outdatedCopy(Path own, String rel, Path file, DefaultTheme.Outdated o, Diagnostics diags) {
    diags.warning(new SourceLocation(file, o.line(), 1), "theme", "this is a copy of the default theme's " + rel + " from kokai "
            + o.kokai() + ", and this kokai's default has changed the file since: the site goes on with the copy, without the default's changes",
        o.advice(own.getParent(), own.getFileName().toString(), rel));
  }

  /** Whether a template of the theme names this one (its file name) in an #include or #import. */
  private static boolean includedByOwn(String rel, Map<String, Path> mine, Map<String, String> texts) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    return mine.entrySet().stream().filter(e -> e.getKey().startsWith("templates/") && !e.getKey().equals(rel))
        .anyMatch(e -> texts.getOrDefault(e.getKey(), "").contains(name));
  }

  /** A messages file of the theme: its text and its keys. */
  private record MessageFile(String text, Properties keys) {}

  /** A theme file's text when it is UTF-8; else an error at its first byte that is not ({@code what}: "the template is"). */
  private static Optional<String> utf8(Path file, String what, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error(SourceLocation.of(file), "theme", "cannot read the file: " + e.getMessage(), "check that it can be read");
      return Optional.empty();
    }
    TextBytes.Decoded d = TextBytes.decode(bytes);
    if (!d.charset().equals(StandardCharsets.UTF_8) || !d.damaged().isEmpty()) {
      TextBytes.Place at = d.damaged().isEmpty() ? new TextBytes.Place(1, 1) : d.damaged().get(0);
      diags.error(new SourceLocation(file, at.line(), at.column()), "theme",
          what + " not saved as UTF-8" + (d.damaged().isEmpty() ? " (it reads as Shift_JIS)" : ""),
          "save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8)");
      return Optional.empty();
    }
    return Optional.of(d.text());
  }

  /** The messages file when it is UTF-8 and reads as a properties file; else says where it is not. */
  private static Optional<MessageFile> readable(Path file, Diagnostics diags) {
    Optional<String> text = utf8(file, "the interface texts are", diags);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      Properties keys = new Properties();
      keys.load(new StringReader(t));
      return Optional.of(new MessageFile(t, keys));
    } catch (IllegalArgumentException | IOException e) {
      // The one thing a properties file can get wrong: a backslash and u not followed by four hex digits.
      List<String> lines = t.lines().toList();
      int line = 0;
      int column = 0;
      Pattern bad = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");
      for (int i = 0; i < lines.size() && line == 0; i++) {
        Matcher m = bad.matcher(lines.get(i));
        if (m.find()) {
          line = i + 1;
          column = m.start() + 1;
        }
      }
      diags.error(new SourceLocation(file, line, column), "theme",
          "\\u not followed by four hexadecimal digits: a properties file reads \\u as a Unicode character's code",
          "write a backslash of the text as two (\\\\server\\\\share), or give the character's code (\\u3042)");
      return Optional.empty();
    }
  }

  /** The default theme's file with the same name as {@code rel}, after {@code lead}; {@code none} when there is none. */
  private static String sameName(String rel, Set<String> theirs, String lead, String none) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    return theirs.stream().filter(t -> t.equals(name) || t.endsWith("/" + name)).findFirst().map(t -> lead + t).orElse(none);
  }

  /** A placeholder the page fills ({0}), or a brace that is not part of one. */
  private static final Pattern BRACES = Pattern.compile("\\{\\d+}|[{}]");

  /**
   * Warns about the theme's interface texts that the default theme has no key for, and those that
   * lose what the page puts in them: an empty text, a placeholder ({0}) the default's text has and
   * this one leaves out, one the page never fills, a brace that is not part of one.
   */
  private static void checkKeys(Path file, MessageFile mine, Path defaultFile, Diagnostics diags) {
    Properties defaults = Messages.properties(defaultFile);
    Set<String> known = new TreeSet<>(defaults.stringPropertyNames());
    List<String> lines = mine.text().lines().toList();
    for (String key : new TreeSet<>(mine.keys().stringPropertyNames())) {
      List<Integer> given = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.startsWith(key) && l.substring(key.length()).matches("\\s*[=:\\s].*|")) {
          given.add(i + 1);
        }
      }
      // The last of a key's lines is the one used: the texts that follow are said of it.
      int line = given.isEmpty() ? 0 : given.get(given.size() - 1);
      for (int earlier : given.subList(0, Math.max(0, given.size() - 1))) {
        diags.warning(new SourceLocation(file, earlier, 1), "theme", "this text of \"" + key + "\" is not used: the key is given again on line "
            + line + ", whose text the pages show", "delete one of the two lines");
      }
      SourceLocation at = new SourceLocation(file, line, line == 0 ? 0 : 1);
      if (known.contains(key)) {
        placeholders(key, mine.keys().getProperty(key), defaults.getProperty(key), at, diags);
        continue;
      }
      String group = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
      String near = known.stream().filter(k -> k.startsWith(group)).collect(Collectors.joining(", "));
      diags.warning(at, "theme",
          "the interface text \"" + key + "\" is not used: the default theme has no such key",
          near.isEmpty() ? "use a key of " + defaultFile.getFileName() + " in the default theme"
              : "use one of the keys the default theme has: " + near);
    }
  }

  /** Warns when the theme's text for {@code key} loses what the default's text {@code theirs} shows. */
  private static void placeholders(String key, String mine, String theirs, SourceLocation at, Diagnostics diags) {
    String keep = "remove the line to keep the default's text, \"" + theirs + "\"";
    if (mine.isBlank() && !theirs.isBlank()) {
      diags.warning(at, "theme", "the interface text \"" + key + "\" is empty: the page shows nothing there", "write the text, or " + keep);
      return;
    }
    Set<String> filled = new TreeSet<>();
    Matcher d = BRACES.matcher(theirs);
    while (d.find()) {
      filled.add(d.group());
    }
    Set<String> used = new TreeSet<>();
    Matcher m = BRACES.matcher(mine);
    while (m.find()) {
      if (m.group().length() == 1) {
        diags.warning(at, "theme", "the interface text \"" + key + "\" has a " + m.group() + " that is not part of a placeholder such as {0}:"
            + " the page shows it as it is", "write the placeholders as the default's text does, or " + keep);
        return;
      }
      used.add(m.group());
    }
    Set<String> lost = new TreeSet<>(filled);
    lost.removeAll(used);
    Set<String> unfilled = new TreeSet<>(used);
    unfilled.removeAll(filled);
    if (!lost.isEmpty() || !unfilled.isEmpty()) {
      diags.warning(at, "theme", "the interface text \"" + key + "\""
              + (lost.isEmpty() ? "" : " leaves out " + String.join(" ", lost) + ", which the page fills (a count, a name)")
              + (!lost.isEmpty() && !unfilled.isEmpty() ? ", and" : "")
              + (unfilled.isEmpty() ? "" : " has " + String.join(" ", unfilled) + ", which the page never fills: it shows as written"),
          "use the placeholders of the default's text " + String.join(" ", filled.isEmpty() ? Set.of("(none)") : filled) + ", or " + keep);
    }
  }
}

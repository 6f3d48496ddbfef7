package kokai.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Checks of a Markdown page that need no rendering: text above the title line, which the page
 * does not show (front matter copied from another site generator, say), and a link to a sheet
 * that does not exist, named by its line and column so that {@code check} finds it before a
 * build does.
 */
final class PageChecks {
  /** An inline link's destination, {@code [text](dest)}, or a reference definition's, {@code [x]: dest}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)");
  private static final Pattern SHEET = Pattern.compile("/(\\d{4})/([^/#?]+)/(?:index\\.html)?(?:[#?].*)?");

  private PageChecks() {}

  /** How deep a page's quotes, lists and inline marks may nest: far beyond any page, and well inside what rendering can take. */
  static final int MAX_NESTING = 200;

  /**
   * Whether the page's blocks and marks nest no deeper than {@link #MAX_NESTING}; else an error at
   * the line where they pass it. Rendering walks the page recursively, so a page of thousands of
   * {@code >} would overflow the stack and stop kokai without saying where.
   */
  static boolean shallowEnough(Path file, String markdown, Diagnostics d) {
    Node doc = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(doc);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_NESTING) {
        Node placed = n;
        while (placed.getSourceSpans().isEmpty() && placed.getParent() != null) {
          placed = placed.getParent();
        }
        int line = placed.getSourceSpans().isEmpty() ? 1 : placed.getSourceSpans().get(0).getLineIndex() + 1;
        d.error(new SourceLocation(file, line, 1), null, "the page nests quotes, lists or marks too deep to be published"
            + " (more than " + MAX_NESTING + " elements one inside another)",
            "nest fewer levels: each > or list inside another adds one or two");
        return false;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        nodes.push(c);
        depths.push(depth + 1);
      }
    }
    return true;
  }

  /** A scheme a link may have on the published page; any other (javascript:, data:, file:) is shown as text. */
  private static final Pattern PUBLISHED_SCHEME = Pattern.compile("(?i)(https?|mailto|tel):.*");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /**
   * Warns about each link whose scheme the page does not publish as a link (javascript:, data:,
   * file:, a drive letter C:): the page shows its text only, and staff would not know why.
   */
  static void unpublishedLinks(Path file, String[] lines, Diagnostics d) {
    eachLink(file, lines, (dest, at) -> {
      if (SCHEME.matcher(dest).find() && !PUBLISHED_SCHEME.matcher(dest).matches()) {
        d.warning(at, null, "the link " + dest + " is shown as its text only: a page links only to http, https, mailto and tel addresses",
            "link to a page on the web (https://…), or to a file put in content/static/ by its path (/pdf/…)");
      }
    });
  }

  /** Each link's destination as written, with its place (line and column) in the Markdown file. */
  private static void eachLink(Path file, String[] lines, java.util.function.BiConsumer<String, SourceLocation> visit) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].indexOf(']') < 0) {
        continue;
      }
      Matcher m = LINK.matcher(lines[i]);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        visit.accept(m.group(g), new SourceLocation(file, i + 1, m.start(g) + 1));
      }
    }
  }

  /** Warns about the lines before the title line; {@code titleLine} is 0-based. */
  static void textBeforeTitle(Path file, String[] lines, int titleLine, Diagnostics d) {
    for (int i = 0; i < titleLine; i++) {
      if (!lines[i].isBlank()) {
        boolean frontMatter = lines[i].strip().equals("---");
        d.warning(new SourceLocation(file, i + 1, 1), null,
            frontMatter ? "front matter ('---' … '---') is not read, and the page does not show it"
                : "the lines above the title line are not shown on the page",
            "the title is the first line starting with '# '; "
                + (frontMatter ? "delete the front matter" : "move these lines below it, or delete them"));
        return;
      }
    }
  }

  /** Reports each link to a sheet ({@code /2022/088/}, also as a published address) that no sheet file gives. */
  static void sheetLinks(Path file, String[] lines, String baseUrl, Map<SheetRef, Path> sheets, Path sheetsDir, Diagnostics d) {
    UnaryOperator<String> siteRoot = SiteConfig.siteRootLinks(baseUrl);
    eachLink(file, lines, (dest, at) -> {
      Matcher s = SHEET.matcher(siteRoot.apply(dest));
      if (s.matches()) {
        SheetRef ref = new SheetRef(Integer.parseInt(s.group(1)), s.group(2));
        if (!sheets.containsKey(ref) && !hasFile(sheetsDir, ref)) {
          d.error(at, null, "the link " + dest + " points to sheet " + ref + ", which does not exist",
              "check the fiscal year and number against the files in sheets/" + ref.fiscalYear() + "/");
        }
      }
    });
  }

  /**
   * Whether the sheets folder has a file for {@code ref}, loaded or not: a sheet file that did not
   * load (its own errors are reported) still counts, as a link or a related sheet is not the mistake.
   */
  static boolean hasFile(Path sheetsDir, SheetRef ref) {
    Path dir = sheetsDir.resolve(Integer.toString(ref.fiscalYear()));
    return kokai.model.Slugs.isSafe(ref.id()) && ContentLoader.SHEET_EXTENSIONS.stream()
        .anyMatch(ext -> Files.isRegularFile(dir.resolve(ref.id() + ext)));
  }
}

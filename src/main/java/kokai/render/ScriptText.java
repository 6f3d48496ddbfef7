package kokai.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A theme's script as the site serves it: without the comments and indentation that are there for
 * the people who read the theme, not for the browsers that load it. The search page's script is a
 * quarter smaller so, and the search goal counts its bytes in every first query.
 *
 * <p>Only whole lines change: lines that are a {@code //} comment, block comments that fill whole
 * lines, blank lines, and the white space that begins or ends a line. Line breaks stay, so
 * automatic semicolon insertion reads the script as before. Where a line's start could be text
 * rather than code, the script is served as written: with a template literal or a string
 * continued over a line, or with a comment that starts or ends inside a line; and so is one with a
 * licence's {@code /*!} comment, which must stay.
 *
 * <pre>{@code
 * ScriptText.compact("function f() {\n  // why\n  return 1;\n}\n")   // "function f() {\nreturn 1;\n}\n"
 * }</pre>
 */
public final class ScriptText {
  private ScriptText() {}

  public static String compact(String js) {
    if (js.indexOf('`') >= 0) {
      return js;
    }
    List<String> kept = new ArrayList<>();
    boolean inComment = false;
    for (String line : js.split("\n", -1)) {
      if (line.endsWith("\\") || line.endsWith("\\\r")) {
        return js;
      }
      String t = line.strip();
      if (inComment) {
        int close = t.indexOf("*/");
        if (close < 0) {
          continue;
        }
        inComment = false;
        t = t.substring(close + 2).strip();
        if (!t.isEmpty()) {
          return js;
        }
        continue;
      }
      if (t.startsWith("/*!")) {
        return js;
      }
      if (t.startsWith("/*")) {
        int close = t.indexOf("*/", 2);
        if (close < 0) {
          inComment = true;
          continue;
        }
        if (!t.substring(close + 2).isBlank()) {
          return js;
        }
        continue;
      }
      if (t.isEmpty() || t.startsWith("//")) {
        continue;
      }
      if (t.contains("/*") || t.contains("*/")) {
        return js;
      }
      kept.add(t);
    }
    if (inComment) {
      return js;
    }
    return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
  }
}

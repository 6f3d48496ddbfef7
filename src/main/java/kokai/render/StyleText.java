package kokai.render;

/**
 * A theme's stylesheet as the site serves it: without its comments, which are there for the
 * people who read the theme (a quarter or more of the default theme's stylesheets). Every line
 * keeps its number and everything left on it its column, so that the link check, which reads the
 * served stylesheet, points at the theme's own line and column.
 *
 * <p>A comment goes with the white space before it on its line, and its line breaks stay. Where
 * that would move text, the stylesheet is served as written: with a comment that text follows on
 * the line where it ends, or one left open; and so is one with a licence's {@code /*!} comment,
 * which must stay. Strings and unquoted {@code url(…)} are copied as they are, so a {@code /*}
 * inside them is not taken for a comment. So a stylesheet whose first line is a comment, followed
 * by {@code :root} and a property with a comment after it, is served as an empty first line,
 * {@code :root} and the property alone on its line.
 */
public final class StyleText {
  private StyleText() {}

  public static String compact(String css) {
    if (css.contains("/*!")) {
      return css;
    }
    StringBuilder out = new StringBuilder(css.length());
    int n = css.length();
    int i = 0;
    while (i < n) {
      char c = css.charAt(i);
      if (c == '"' || c == '\'') {
        int end = stringEnd(css, i);
        out.append(css, i, end);
        i = end;
      } else if (css.regionMatches(true, i, "url(", 0, 4)) {
        int end = urlEnd(css, i + 4);
        out.append(css, i, end);
        i = end;
      } else if (css.startsWith("/*", i)) {
        int close = css.indexOf("*/", i + 2);
        if (close < 0) {
          return css;
        }
        int after = close + 2;
        int lineEnd = css.indexOf('\n', after);
        lineEnd = lineEnd < 0 ? n : lineEnd;
        if (!css.substring(after, lineEnd).isBlank()) {
          return css;
        }
        while (!out.isEmpty() && isBlank(out.charAt(out.length() - 1))) {
          out.setLength(out.length() - 1);
        }
        css.substring(i, after).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = lineEnd;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Where the string starting with the quote at {@code start} ends (after its closing quote, or at the line's end). */
  private static int stringEnd(String css, int start) {
    char quote = css.charAt(start);
    int i = start + 1;
    while (i < css.length()) {
      char c = css.charAt(i);
      if (c == '\\' && i + 1 < css.length()) {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  /** Where an unquoted {@code url(} ends: after its ")"; a quoted one is read as a string. */
  private static int urlEnd(String css, int from) {
    int i = from;
    while (i < css.length() && isBlank(css.charAt(i))) {
      i++;
    }
    if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
      return i;
    }
    int close = css.indexOf(')', i);
    return close < 0 ? css.length() : close + 1;
  }

  /** Space, tab or carriage return: white space within a line. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }
}

package kokai.diag;

/**
 * Escapes text for HTML and XML output written by hand (the quality report, SVG charts, the Atom
 * feed); templates escape through Freemarker instead. Characters XML 1.0 does not allow are
 * dropped, since they carry nothing a reader could see.
 *
 * <pre>{@code
 * Escaping.xml("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
 * }</pre>
 */
public final class Escaping {
  private Escaping() {}

  /**
   * Appends {@code s} as a JSON string literal that is also a JavaScript one: quotes, backslashes
   * and newlines escaped, other control characters, U+2028/U+2029 (which older engines refuse
   * inside a string literal) and half a surrogate pair on its own as six-character Unicode escapes
   * (backslash, u, four hex digits).
   *
   * <pre>{@code
   * Escaping.jsonString(out, "say \"hi\"")   // appends "say \"hi\""
   * }</pre>
   */
  public static StringBuilder jsonString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || (Character.isSurrogate(c) && lone(s, i))) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /**
   * Whether the unit at {@code i} is half of a surrogate pair without its other half, as a gram
   * cut from a text may end or start: UTF-8 cannot encode it, so it is written as an escape.
   */
  private static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  /** Text safe inside an element or a quoted attribute of HTML or XML. */
  public static String xml(String s) {
    int first = 0;
    while (first < s.length() && keptAsIs(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // most texts (classes, colours, numbers, plain words) need no change and no copy
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether {@link #xml} writes the character as it is. */
  private static boolean keptAsIs(char c) {
    return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != '\uFFFE' && c != '\uFFFF';
  }
}

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

  /** Text safe inside an element or a quoted attribute of HTML or XML. */
  public static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
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
}

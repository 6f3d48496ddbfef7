package kokai.render.feed;

/** A few lines of XML written by hand: fixed indentation and escaping, no writer configuration to vary. */
final class Xml {
  private final java.io.Writer out;

  Xml(java.io.Writer out) {
    this.out = out;
  }

  void line(String s) {
    try {
      out.write(s);
      out.write('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void element(String name, String text) {
    line("<" + name + ">" + escape(text) + "</" + name + ">");
  }

  void link(String rel, String type, String href) {
    line("<link rel=\"" + rel + "\" type=\"" + type + "\" href=\"" + escape(href) + "\"/>");
  }

  /** Escapes text and attribute values; drops characters XML 1.0 does not allow. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
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

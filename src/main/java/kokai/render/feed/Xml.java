package kokai.render.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import kokai.diag.Escaping;

/** A few lines of XML written by hand: fixed indentation and escaping, no writer configuration to vary. */
final class Xml {
  private final Writer out;

  Xml(Writer out) {
    this.out = out;
  }

  void line(String s) {
    try {
      out.write(s);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void element(String name, String text) {
    element(name, name, text);
  }

  /** An element whose start tag carries attributes: {@code element("title xml:lang=\"ja\"", "title", text)}. */
  void element(String startTag, String name, String text) {
    line("<" + startTag + ">" + Escaping.xml(text) + "</" + name + ">");
  }

  void link(String rel, String type, String href) {
    line("<link rel=\"" + rel + "\" type=\"" + type + "\" href=\"" + Escaping.xml(href) + "\"/>");
  }

}

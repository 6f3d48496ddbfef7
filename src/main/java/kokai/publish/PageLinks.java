package kokai.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The links and ids of one page, read by a tokenizer that follows the HTML tokenizer's rules for
 * tags, attributes, comments and the elements whose content is text (script, style, title,
 * textarea, …): unquoted and upper-case attributes count, a repeated attribute keeps its first
 * value, and character references in values are decoded as a browser decodes them (by jsoup).
 * The link check reads every page of the site while it is built, and needs only the start tags'
 * attributes: a general parser (a document parser, or an event parser that still classifies
 * every element) cost a fifth of a build's CPU, this reads a page in a small fraction of that.
 * {@code PageLinksTest} holds it to jsoup's reading of the same pages.
 *
 * <p>It reads the page's UTF-8 bytes, which the build makes anyway to write the page: every
 * character the tokenizer looks for ({@code < > / = " '}, white space, the ASCII letters of names)
 * is one byte in UTF-8, and no byte of a multi-byte character is ever one of them, so the bytes
 * are read as they are and only the values kept are decoded.
 */
final class PageLinks {
  /** The page's links (attribute values, references decoded) and its ids. */
  record Scan(List<String> links, Set<String> ids) {}

  // What a start tag's element means to the check, as bits: its link attribute in the lowest two.
  private static final int HREF = 1;
  private static final int SRC = 2;
  private static final int ACTION = 3;
  private static final int LINK_ATTRIBUTE = 3;
  /** An {@code a}, whose {@code name} is an id too. */
  private static final int ANCHOR = 1 << 2;
  /** An element whose content a browser reads as text up to its end tag. */
  private static final int TEXT_ONLY = 1 << 3;
  /** An HTML element whose start tag inside svg or math ends the foreign content (the tree builder's list). */
  private static final int BREAKS_OUT = 1 << 4;
  /** svg and math, inside which no element's content is read as text. */
  private static final int FOREIGN = 1 << 5;
  /** plaintext, after which the whole page is text. */
  private static final int PLAINTEXT = 1 << 6;

  /** The attribute names of {@link #LINK_ATTRIBUTE}'s values. */
  private static final byte[][] LINK_NAMES = {null, ascii("href"), ascii("src"), ascii("action")};
  private static final byte[] ID = ascii("id");
  private static final byte[] NAME = ascii("name");

  /** An element that matters to the check: its name, in lower case, and what it means ({@link #HREF}, …). */
  private record Element(byte[] name, int kind) {}

  private static final int LONGEST_NAME = 10;
  /**
   * The elements that matter to the check, by the length of their name and its first letter
   * ({@link #candidates}): a tag is looked up with what it costs to skip its name, and one not
   * here (td, span, rect, …) is read for its ids only, without its name ever becoming a string.
   */
  private static final Element[][] ELEMENTS = new Element[(LONGEST_NAME + 1) * 26][];

  static {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (String t : List.of("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")) {
      kinds.merge(t, TEXT_ONLY, (a, b) -> a | b);
    }
    for (String t : List.of("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
        "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
        "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
        "ul", "var")) {
      kinds.merge(t, BREAKS_OUT, (a, b) -> a | b);
    }
    kinds.merge("a", HREF | ANCHOR, (a, b) -> a | b);
    for (String t : List.of("area", "link")) {
      kinds.merge(t, HREF, (a, b) -> a | b);
    }
    for (String t : List.of("img", "script", "source", "iframe")) {
      kinds.merge(t, SRC, (a, b) -> a | b);
    }
    kinds.merge("form", ACTION, (a, b) -> a | b);
    kinds.merge("svg", FOREIGN, (a, b) -> a | b);
    kinds.merge("math", FOREIGN, (a, b) -> a | b);
    kinds.merge("plaintext", PLAINTEXT, (a, b) -> a | b);
    Map<Integer, List<Element>> at = new LinkedHashMap<>();
    kinds.forEach((name, kind) -> at.computeIfAbsent(candidates(name.length(), name.charAt(0)), k -> new ArrayList<>())
        .add(new Element(ascii(name), kind)));
    at.forEach((i, elements) -> ELEMENTS[i] = elements.toArray(Element[]::new));
  }

  /** Where the elements whose name has {@code length} letters, the first {@code letter} (an ASCII letter), are in {@link #ELEMENTS}. */
  private static int candidates(int length, int letter) {
    return length * 26 + (letter | 0x20) - 'a';
  }

  // Classes of bytes, as bits of CLASS: the HTML tokenizer's white space (tab, line feed, form
  // feed, carriage return and space), the bytes that end a name, and the upper-case letters, whose
  // bit is the one that makes them lower case.
  private static final int SPACE = 1;
  private static final int SLASH = 2;
  private static final int GT = 4;
  private static final int EQUALS = 8;
  private static final int UPPER = 0x20;
  private static final int LETTER = 0x40;
  /** What ends a tag name. */
  private static final int NAME_END = SPACE | SLASH | GT;
  /** What ends an attribute name. */
  private static final int ATTRIBUTE_END = NAME_END | EQUALS;
  private static final byte[] CLASS = new byte[256];

  static {
    for (char c : new char[] {' ', '\n', '\t', '\r', '\f'}) {
      CLASS[c] = SPACE;
    }
    CLASS['/'] = SLASH;
    CLASS['>'] = GT;
    CLASS['='] = EQUALS;
    for (char c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = UPPER | LETTER;
      CLASS[c + 32] = LETTER;
    }
  }

  private static final byte[] COMMENT = ascii("!--");
  private static final byte[] COMMENT_END = ascii("-->");
  private static final byte[] SHORT_COMMENT_END = ascii("->");
  private static final byte[] CDATA = ascii("![CDATA[");
  private static final byte[] CDATA_END = ascii("]]>");
  private static final byte[] TAG_END = ascii(">");

  /** The page's UTF-8 bytes, read from {@code 0} to {@link #end}. */
  private final byte[] b;
  private final int end;
  private int pos;
  private final List<String> links = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  /** Inside svg or math, where no element's content is read as text. */
  private int foreignDepth;
  // What {@link #attributes} read of the last tag: the first values of id, of an a's name and of
  // the element's link attribute, as written (null when the tag has none), and whether it ends "/>".
  private String idValue;
  private String nameValue;
  private String linkValue;
  private boolean selfClosing;

  private PageLinks(byte[] utf8) {
    this.b = utf8;
    this.end = utf8.length;
  }

  /** Reads a page from its UTF-8 bytes, as it is written. */
  static Scan scan(byte[] utf8) {
    PageLinks p = new PageLinks(utf8);
    p.run();
    return new Scan(p.links, p.ids);
  }

  static Scan scan(String html) {
    return scan(html.getBytes(StandardCharsets.UTF_8));
  }

  private void run() {
    byte[] b = this.b;
    while (true) {
      int lt = next((byte) '<', pos);
      if (lt < 0 || lt + 1 >= end) {
        return;
      }
      pos = lt + 1;
      int c = CLASS[b[pos] & 0xff];
      if ((c & LETTER) != 0) {
        startTag();
      } else if (b[pos] == '/') {
        pos++;
        if (pos < end && (CLASS[b[pos] & 0xff] & LETTER) != 0) {
          endTag();
        } else {
          skipPast(TAG_END);
        }
      } else if (b[pos] == '!') {
        markupDeclaration();
      } else if (b[pos] == '?') {
        skipPast(TAG_END);
      }
      // Any other character after "<" is text.
    }
  }

  private void markupDeclaration() {
    if (startsWith(pos, COMMENT)) {
      pos += 3;
      // "<!-->" and "<!--->" end at once; otherwise the comment runs to "-->".
      if (startsWith(pos, TAG_END)) {
        pos++;
      } else if (startsWith(pos, SHORT_COMMENT_END)) {
        pos += 2;
      } else {
        skipPast(COMMENT_END);
      }
    } else if (foreignDepth > 0 && startsWith(pos, CDATA)) {
      skipPast(CDATA_END);
    } else {
      skipPast(TAG_END);
    }
  }

  private void startTag() {
    int from = pos;
    pos = nameEnd(from);
    Element element = element(from, pos);
    int kind = element == null ? 0 : element.kind();
    // A browser drops a tag that the page ends inside.
    if (!attributes(kind, true)) {
      return;
    }
    if (idValue != null) {
      ids.add(decode(idValue));
    }
    if (nameValue != null) {
      ids.add(decode(nameValue));
    }
    if (linkValue != null) {
      links.add(decode(linkValue).strip());
    }
    if (foreignDepth > 0 && (kind & BREAKS_OUT) != 0) {
      foreignDepth = 0;
    }
    if ((kind & FOREIGN) != 0) {
      foreignDepth += selfClosing ? 0 : 1;
    } else if ((kind & PLAINTEXT) != 0 && foreignDepth == 0) {
      pos = end; // everything after it is text
    } else if (foreignDepth == 0 && (kind & TEXT_ONLY) != 0) {
      skipText(element.name());
    }
  }

  private void endTag() {
    int from = pos;
    pos = nameEnd(from);
    // Only the end of svg or math changes how what follows is read.
    if (foreignDepth > 0) {
      Element element = element(from, pos);
      if (element != null && (element.kind() & FOREIGN) != 0) {
        foreignDepth--;
      }
    }
    // An end tag's attributes are read (a quoted ">" does not end it) and then dropped; most have none.
    if (pos < end && b[pos] == '>') {
      pos++;
    } else {
      attributes(0, false);
    }
  }

  /**
   * Reads a tag's attributes from {@link #pos} and leaves it past the tag's ">"; false when the
   * page ends first. With {@code keep}, the first values of id, of an a's name ({@code kind} has
   * {@link #ANCHOR}) and of the link attribute of {@code kind} are kept in {@link #idValue},
   * {@link #nameValue} and {@link #linkValue}. One loop over the bytes, with no call for each
   * attribute: a page's charts have thousands (x, y, class, stroke, …), whose values are never read.
   */
  private boolean attributes(int kind, boolean keep) {
    byte[] b = this.b;
    int end = this.end;
    byte[] linkName = keep ? LINK_NAMES[kind & LINK_ATTRIBUTE] : null;
    boolean anchor = keep && (kind & ANCHOR) != 0;
    idValue = nameValue = linkValue = null;
    selfClosing = false;
    int p = pos;
    while (true) {
      if (p >= end) {
        pos = end;
        return false;
      }
      byte c = b[p];
      if (c == '>') {
        pos = p + 1;
        return true;
      }
      if ((CLASS[c & 0xff] & SPACE) != 0) {
        p++;
        continue;
      }
      if (c == '/') {
        p++;
        selfClosing = p < end && b[p] == '>';
        continue;
      }
      selfClosing = false;
      // The name may begin with "=", and runs to a space, "/", ">" or "=".
      int nameFrom = p++;
      while (p < end && (CLASS[b[p] & 0xff] & ATTRIBUTE_END) == 0) {
        p++;
      }
      int nameLength = p - nameFrom;
      while (p < end && (CLASS[b[p] & 0xff] & SPACE) != 0) {
        p++;
      }
      // The value: empty unless "=" follows; quoted, it may hold spaces and ">".
      int valueFrom = p;
      int valueTo = p;
      if (p < end && b[p] == '=') {
        p++;
        while (p < end && (CLASS[b[p] & 0xff] & SPACE) != 0) {
          p++;
        }
        valueFrom = valueTo = p;
        if (p < end && b[p] != '>') {
          byte q = b[p];
          if (q == '"' || q == '\'') {
            valueFrom = ++p;
            while (p < end && b[p] != q) {
              p++;
            }
            valueTo = p;
            p = Math.min(end, p + 1);
          } else {
            while (p < end && (CLASS[b[p] & 0xff] & (SPACE | GT)) == 0) {
              p++;
            }
            valueTo = p;
          }
        }
      }
      if (!keep) {
        continue;
      }
      // Most attributes (class, x, stroke-width, …) are told apart by their length alone.
      if (nameLength == 2 && idValue == null && isName(nameFrom, nameLength, ID)) {
        idValue = string(valueFrom, valueTo);
      } else if (anchor && nameLength == 4 && nameValue == null && isName(nameFrom, nameLength, NAME)) {
        nameValue = string(valueFrom, valueTo);
      } else if (linkName != null && linkValue == null && isName(nameFrom, nameLength, linkName)) {
        linkValue = string(valueFrom, valueTo);
      }
    }
  }

  /** Skips an element's text content up to its end tag ({@code </tag} then a space, "/" or ">"). */
  private void skipText(byte[] tag) {
    int from = pos;
    while (true) {
      int lt = next((byte) '<', from);
      if (lt < 0) {
        pos = end;
        return;
      }
      int after = lt + 2 + tag.length;
      if (after < end && b[lt + 1] == '/' && isName(lt + 2, tag.length, tag) && (CLASS[b[after] & 0xff] & NAME_END) != 0) {
        pos = lt;
        return;
      }
      from = lt + 1;
    }
  }

  private String string(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** Where the tag name at {@code from} ends: at a space, "/" or ">" (or the page's end). */
  private int nameEnd(int from) {
    byte[] b = this.b;
    int p = from;
    while (p < end && (CLASS[b[p] & 0xff] & NAME_END) == 0) {
      p++;
    }
    return p;
  }

  /** The element of the tag name from {@code from} to {@code to} (its first byte a letter), if it matters to the check; else null. */
  private Element element(int from, int to) {
    int length = to - from;
    Element[] candidates = length > LONGEST_NAME ? null : ELEMENTS[candidates(length, b[from])];
    if (candidates != null) {
      for (Element e : candidates) {
        if (isName(from, length, e.name())) {
          return e;
        }
      }
    }
    return null;
  }

  /** Where {@code c} is next from {@code from} on, or -1. */
  private int next(byte c, int from) {
    byte[] b = this.b;
    int end = this.end;
    for (int i = from; i < end; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private void skipPast(byte[] marker) {
    int from = pos;
    while (true) {
      int i = next(marker[0], from);
      if (i < 0) {
        pos = end;
        return;
      }
      if (startsWith(i, marker)) {
        pos = i + marker.length;
        return;
      }
      from = i + 1;
    }
  }

  private boolean startsWith(int at, byte[] marker) {
    if (at + marker.length > end) {
      return false;
    }
    for (int i = 0; i < marker.length; i++) {
      if (b[at + i] != marker[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the {@code length} bytes at {@code at} are {@code name} (lower case) in any case. Only
   * ASCII letters fold, as in the HTML tokenizer (a case-insensitive comparison of strings would
   * also take the Kelvin sign for "k").
   */
  private boolean isName(int at, int length, byte[] name) {
    if (length != name.length || at + length > end) {
      return false;
    }
    byte[] b = this.b;
    for (int i = 0; i < length; i++) {
      int c = b[at + i] & 0xff;
      if ((c | (CLASS[c] & UPPER)) != name[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String decode(String raw) {
    return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
  }
}

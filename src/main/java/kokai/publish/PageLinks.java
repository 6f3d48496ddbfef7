package kokai.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 */
final class PageLinks {
  /** The page's links (attribute values, references decoded) and its ids. */
  record Scan(List<String> links, Set<String> ids) {}

  /** HTML elements whose content a browser reads as text up to their end tag. */
  private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
      "noembed", "noframes");

  /** HTML elements whose start tag inside svg or math ends the foreign content (the tree builder's list). */
  private static final Set<String> BREAKS_OUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
      "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
      "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub",
      "sup", "table", "tt", "u", "ul", "var");

  /**
   * The tag names the pages are made of, placed by their hash code: a tag read is looked up here
   * with the hash computed while its name is skipped, so that the common ones are not copied into
   * a new string (and hashed again for every set and switch that reads them).
   */
  private static final String[] KNOWN = byHash(java.util.stream.Stream.of(TEXT_ONLY, BREAKS_OUT,
      Set.of("a", "area", "link", "source", "form", "svg", "math", "plaintext", "html", "header", "footer",
          "main", "nav", "section", "article", "aside", "label", "input", "button", "select", "option", "caption",
          "thead", "tbody", "tfoot", "tr", "th", "td", "abbr", "time", "details", "summary", "figure", "figcaption",
          "g", "rect", "line", "path", "text", "circle", "polyline", "desc", "noscript", "data", "mark", "colgroup",
          "col", "meter", "progress", "output", "picture", "video", "audio", "canvas", "template", "slot", "q",
          "cite", "dfn", "kbd", "samp", "address", "hgroup", "search", "fieldset", "legend", "datalist", "textpath",
          "tspan", "use", "defs", "symbol")).flatMap(Set::stream).distinct().toList());

  /** Each thread's copy of the page it reads (see {@link #b}), kept for the next. */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[64 * 1024]);
  /** A page longer than this is copied into an array of its own, which is not kept. */
  private static final int BUFFER_KEPT = 1024 * 1024;

  /** The page, searched with the JDK's {@code indexOf} (markers such as "<" and "-->"). */
  private final String html;
  /**
   * The page's characters, from {@code 0} to {@link #end}: read by index, a copy is cheaper than
   * checked {@code charAt} on Japanese text. The copy goes into a buffer each thread keeps, since
   * a build's threads read thousands of pages one after another.
   */
  private final char[] b;
  private final int end;
  private int pos;
  private final List<String> links = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  /** Inside svg or math, where no element's content is read as text. */
  private int foreignDepth;
  /** The hash code of the last tag name skipped, in lower case (as {@link String#hashCode}). */
  private int nameHash;
  /** The last attribute value read, from {@code valueFrom} (inclusive) to {@code valueTo}. */
  private int valueFrom;
  private int valueTo;

  private PageLinks(String html) {
    this.html = html;
    this.end = html.length();
    char[] kept = BUFFER.get();
    if (end > kept.length && end <= BUFFER_KEPT) {
      kept = new char[Math.min(BUFFER_KEPT, Math.max(end, kept.length * 2))];
      BUFFER.set(kept);
    }
    this.b = end <= kept.length ? kept : new char[end];
    html.getChars(0, end, b, 0);
  }

  static Scan scan(String html) {
    PageLinks p = new PageLinks(html);
    p.run();
    return new Scan(p.links, p.ids);
  }

  private void run() {
    while (true) {
      int lt = next('<', pos);
      if (lt < 0 || lt + 1 >= end) {
        return;
      }
      pos = lt + 1;
      char c = b[pos];
      if (isLetter(c)) {
        startTag();
      } else if (c == '/') {
        pos++;
        if (pos < end && isLetter(b[pos])) {
          endTag();
        } else {
          skipPast(">");
        }
      } else if (c == '!') {
        markupDeclaration();
      } else if (c == '?') {
        skipPast(">");
      }
      // Any other character after "<" is text.
    }
  }

  private void markupDeclaration() {
    if (html.startsWith("!--", pos)) {
      pos += 3;
      // "<!-->" and "<!--->" end at once; otherwise the comment runs to "-->".
      if (html.startsWith(">", pos)) {
        pos++;
      } else if (html.startsWith("->", pos)) {
        pos += 2;
      } else {
        skipPast("-->");
      }
    } else if (foreignDepth > 0 && html.startsWith("![CDATA[", pos)) {
      skipPast("]]>");
    } else {
      skipPast(">");
    }
  }

  private void startTag() {
    int nameStart = pos;
    skipName();
    String tag = tagName(nameStart, pos);
    String linkAttr = linkAttribute(tag);
    boolean anchor = tag.equals("a");
    // A browser keeps an attribute's first value, and drops a tag that the page ends inside.
    String id = null;
    String name = null;
    String link = null;
    // Values are copied only for the attributes read.
    boolean selfClosing = false;
    while (true) {
      if (pos >= end) {
        return;
      }
      char c = b[pos];
      if (c == '>') {
        pos++;
        break;
      }
      if (isSpace(c)) {
        pos++;
        continue;
      }
      if (c == '/') {
        pos++;
        selfClosing = pos < end && b[pos] == '>';
        continue;
      }
      selfClosing = false;
      int attrStart = pos;
      skipAttributeName();
      int attrEnd = pos;
      attributeValue();
      if (id == null && isName(attrStart, attrEnd, "id")) {
        id = value();
      } else if (anchor && name == null && isName(attrStart, attrEnd, "name")) {
        name = value();
      } else if (link == null && linkAttr != null && isName(attrStart, attrEnd, linkAttr)) {
        link = value();
      }
    }
    if (id != null) {
      ids.add(decode(id));
    }
    if (name != null) {
      ids.add(decode(name));
    }
    if (link != null) {
      links.add(decode(link).strip());
    }
    enterElement(tag, selfClosing);
  }

  /**
   * Skips an attribute's name: it may begin with "=", and runs to a space, "/", ">" or "=". The
   * characters are compared one by one: {@code "/>=".indexOf(c)} was a call into String per
   * character of every attribute name of every page, an eighth of the link check's time.
   */
  private void skipAttributeName() {
    pos++;
    while (pos < end) {
      char c = b[pos];
      if (isSpace(c) || c == '/' || c == '>' || c == '=') {
        return;
      }
      pos++;
    }
  }

  /**
   * Reads the value after an attribute's name into {@link #valueFrom} and {@link #valueTo} (an
   * empty range when it has none), leaving the position after it. Most values are never needed, so
   * none is copied here.
   */
  private void attributeValue() {
    int p = skipSpaces(pos);
    valueFrom = valueTo = p;
    if (p >= end || b[p] != '=') {
      pos = p;
      return;
    }
    p = skipSpaces(p + 1);
    valueFrom = valueTo = p;
    if (p >= end || b[p] == '>') {
      pos = p;
      return;
    }
    char q = b[p];
    if (q == '"' || q == '\'') {
      int close = next(q, p + 1);
      close = close < 0 ? end : close;
      valueFrom = p + 1;
      valueTo = close;
      pos = Math.min(end, close + 1);
      return;
    }
    int v = p;
    while (v < end && !isSpace(b[v]) && b[v] != '>') {
      v++;
    }
    valueTo = v;
    pos = v;
  }

  private void enterElement(String tag, boolean selfClosing) {
    if (foreignDepth > 0 && BREAKS_OUT.contains(tag)) {
      foreignDepth = 0;
    }
    if (tag.equals("svg") || tag.equals("math")) {
      foreignDepth += selfClosing ? 0 : 1;
    } else if (tag.equals("plaintext") && foreignDepth == 0) {
      pos = end; // everything after it is text
    } else if (foreignDepth == 0 && TEXT_ONLY.contains(tag)) {
      skipText(tag);
    }
  }

  private void endTag() {
    int nameStart = pos;
    skipName();
    String tag = tagName(nameStart, pos);
    if (foreignDepth > 0 && (tag.equals("svg") || tag.equals("math"))) {
      foreignDepth--;
    }
    // An end tag's attributes are read (a quoted ">" does not end it) and then dropped.
    while (pos < end && b[pos] != '>') {
      if (isSpace(b[pos]) || b[pos] == '/') {
        pos++;
      } else {
        skipAttributeName();
        attributeValue();
      }
    }
    pos = Math.min(end, pos + 1);
  }

  /** Skips an element's text content up to its end tag ({@code </tag} then a space, "/" or ">"). */
  private void skipText(String tag) {
    int from = pos;
    while (true) {
      int lt = html.indexOf("</", from);
      if (lt < 0) {
        pos = end;
        return;
      }
      int after = lt + 2 + tag.length();
      if (startsWithName(lt + 2, tag) && after < end
          && (isSpace(b[after]) || b[after] == '/' || b[after] == '>')) {
        pos = lt;
        return;
      }
      from = lt + 2;
    }
  }

  private String value() {
    return new String(b, valueFrom, valueTo - valueFrom);
  }

  private void skipName() {
    int h = 0;
    while (pos < end && !isSpace(b[pos]) && b[pos] != '/' && b[pos] != '>') {
      char c = b[pos++];
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    nameHash = h;
  }

  /**
   * Where {@code c} is next from {@code from} on, or -1. Searched in the copy: the JDK's search of
   * a string of Japanese text reads each character through a checked call under the quick compiler
   * the build runs with.
   */
  private int next(char c, int from) {
    for (int i = from; i < end; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private void skipPast(String marker) {
    int i = html.indexOf(marker, pos);
    pos = i < 0 ? end : i + marker.length();
  }

  private int skipSpaces(int p) {
    while (p < end && isSpace(b[p])) {
      p++;
    }
    return p;
  }

  /** Whether the text from {@code from} to {@code to} is {@code name} (lower case) in any case. */
  private boolean isName(int from, int to, String name) {
    return to - from == name.length() && startsWithName(from, name);
  }

  /**
   * Whether {@code name} (lower case) is at {@code at} in any case. Only ASCII letters fold, as in
   * the HTML tokenizer ({@link String#regionMatches(boolean, int, String, int, int)} would also take
   * the Kelvin sign for "k").
   */
  private boolean startsWithName(int at, String name) {
    if (at + name.length() > end) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = b[at + i];
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The tag name just skipped, from {@code from} to {@code to}, in lower case: a known name's constant, else a new string. */
  private String tagName(int from, int to) {
    for (int i = nameHash & (KNOWN.length - 1); KNOWN[i] != null; i = (i + 1) & (KNOWN.length - 1)) {
      if (KNOWN[i].hashCode() == nameHash && isName(from, to, KNOWN[i])) {
        return KNOWN[i];
      }
    }
    return lowerName(from, to);
  }

  /** An open-addressing table of the names, at most a quarter full. */
  private static String[] byHash(List<String> names) {
    String[] table = new String[Integer.highestOneBit(names.size() * 4) * 2];
    for (String name : names) {
      int i = name.hashCode() & (table.length - 1);
      while (table[i] != null) {
        i = (i + 1) & (table.length - 1);
      }
      table[i] = name;
    }
    return table;
  }

  /** A tag name in lower case: ASCII letters only, as the HTML tokenizer folds them. */
  private String lowerName(int from, int to) {
    char[] cs = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = b[i];
      cs[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(cs);
  }

  private static String decode(String raw) {
    return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The HTML tokenizer's white space: tab, line feed, form feed, carriage return and space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** The attribute of {@code tag} that names another file, if any. */
  private static String linkAttribute(String tag) {
    return switch (tag) {
      case "a", "area", "link" -> "href";
      case "img", "script", "source", "iframe" -> "src";
      case "form" -> "action";
      default -> null;
    };
  }
}

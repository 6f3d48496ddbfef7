package kokai.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.jsoup.parser.Parser;

/**
 * The links and ids of one page, read with AttoParser's HTML tokenizer: comments and the text of
 * scripts and styles hold no links, unquoted and upper-case attributes count, and character
 * references in values are decoded as a browser decodes them (by jsoup). The link check reads every
 * page of the site; an event parser that builds no tree reads a page in half the time of a
 * document parser, and the check needs only the start tags' attributes.
 */
final class PageLinks {
  /** The page's links (attribute values, references decoded) and its ids. */
  record Scan(List<String> links, Set<String> ids) {}

  private static final ParseConfiguration HTML = config();
  /** Elements whose content is text to a browser; AttoParser already knows script and style. */
  private static final Set<String> TEXT_ONLY = Set.of("title", "textarea", "xmp", "iframe", "noembed", "noframes");
  /** A parser keeps reusable buffers, so each thread has its own. */
  private static final ThreadLocal<MarkupParser> PARSER = ThreadLocal.withInitial(() -> new MarkupParser(HTML));

  private PageLinks() {}

  private static ParseConfiguration config() {
    ParseConfiguration c = ParseConfiguration.htmlConfiguration();
    // Only start tags matter: closing elements the page left open would be work for nothing.
    c.setElementBalancing(ParseConfiguration.ElementBalancing.NO_BALANCING);
    c.setNoUnmatchedCloseElementsRequired(false);
    return c;
  }

  static Scan scan(String html) {
    Collector c = new Collector();
    try {
      PARSER.get().parse(html, c);
    } catch (ParseException e) {
      // HTML parsing does not fail on markup; what was read before a failure is still checked.
    }
    return new Scan(c.links, c.ids);
  }

  private static final class Collector extends AbstractMarkupHandler {
    final List<String> links = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    /** The element whose attributes come next, lower case. */
    private String tag = "";
    /**
     * While inside an element whose content HTML reads as text (title, textarea, …), its name:
     * AttoParser reads markup there as elements, a browser does not.
     */
    private String textOnlyUntil;

    @Override
    public void handleOpenElementStart(char[] b, int offset, int len, int line, int col) {
      tag = textOnlyUntil == null ? name(b, offset, len) : "";
    }

    @Override
    public void handleOpenElementEnd(char[] b, int offset, int len, int line, int col) {
      if (textOnlyUntil == null && TEXT_ONLY.contains(tag)) {
        textOnlyUntil = tag;
      }
    }

    @Override
    public void handleCloseElementStart(char[] b, int offset, int len, int line, int col) {
      if (textOnlyUntil != null && textOnlyUntil.equals(name(b, offset, len))) {
        textOnlyUntil = null;
      }
    }

    @Override
    public void handleStandaloneElementStart(char[] b, int offset, int len, boolean minimized, int line, int col) {
      tag = textOnlyUntil == null ? name(b, offset, len) : "";
    }

    @Override
    public void handleAttribute(char[] b, int nameOffset, int nameLen, int nameLine, int nameCol, int opOffset,
        int opLen, int opLine, int opCol, int valueOffset, int valueLen, int outerOffset, int outerLen,
        int valueLine, int valueCol) {
      if (tag.isEmpty()) {
        return;
      }
      String attr = name(b, nameOffset, nameLen);
      // HTML reads "/" in an unquoted value as part of it (<a href=a/> links to "a/"); AttoParser
      // reads that "/>" as the end of an empty element.
      if (outerLen == valueLen && valueOffset + valueLen + 1 < b.length && b[valueOffset + valueLen] == '/'
          && b[valueOffset + valueLen + 1] == '>') {
        valueLen++;
      }
      boolean id = attr.equals("id") || tag.equals("a") && attr.equals("name");
      if (id) {
        ids.add(value(b, valueOffset, valueLen));
      } else if (attr.equals(linkAttribute(tag))) {
        links.add(value(b, valueOffset, valueLen).strip());
      }
    }

    private static String name(char[] b, int offset, int len) {
      return new String(b, offset, len).toLowerCase(Locale.ROOT);
    }

    private static String value(char[] b, int offset, int len) {
      String raw = new String(b, offset, len);
      return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }
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

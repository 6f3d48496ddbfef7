package kokai.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the links and ids of an HTML page without building a document tree: the link check runs
 * over every page of sites with 100,000 sheets, where a full parse of each page would cost more
 * than rendering it. It follows the HTML rules that matter here: comments, quoted and unquoted
 * attribute values, character references in values (decoded with jsoup), and raw-text elements
 * (script, style) whose content is not markup.
 */
final class HtmlScanner {
  /** The links of a page (attribute values as written, references decoded) and its ids. */
  record Scan(List<String> links, Set<String> ids) {}

  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");

  private HtmlScanner() {}

  static Scan scan(String html) {
    List<String> links = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int n = html.length();
    int i = 0;
    while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      char c = html.charAt(i + 1);
      if (!isLetter(c)) {
        int end = html.indexOf('>', i + 1);
        i = end < 0 ? n : end + 1;
        continue;
      }
      int j = i + 1;
      while (j < n && isNameChar(html.charAt(j))) {
        j++;
      }
      String tag = html.substring(i + 1, j).toLowerCase(Locale.ROOT);
      i = attributes(html, j, tag, links, ids);
      if (RAW_TEXT.contains(tag)) {
        int end = indexOfIgnoreCase(html, "</" + tag, i);
        i = end < 0 ? n : end;
      }
    }
    return new Scan(links, ids);
  }

  /** Reads the attributes of one start tag from {@code i}; returns the index after its '>'. */
  private static int attributes(String html, int i, String tag, List<String> links, Set<String> ids) {
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
        i++;
      }
      String name = html.substring(start, i).toLowerCase(Locale.ROOT);
      while (i < n && Character.isWhitespace(html.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(html.charAt(i))) {
          i++;
        }
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          char q = html.charAt(i);
          int end = html.indexOf(q, i + 1);
          end = end < 0 ? n : end;
          value = html.substring(i + 1, end);
          i = Math.min(n, end + 1);
        } else {
          int s = i;
          while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
          value = html.substring(s, i);
        }
        if (value.indexOf('&') >= 0) {
          value = Parser.unescapeEntities(value, true);
        }
      }
      record(tag, name, value, links, ids);
    }
    return n;
  }

  private static void record(String tag, String attr, String value, List<String> links, Set<String> ids) {
    if (attr.equals("id") || (attr.equals("name") && tag.equals("a"))) {
      ids.add(value);
    } else if (isLink(tag, attr)) {
      links.add(value.strip());
    }
  }

  private static boolean isLink(String tag, String attr) {
    return switch (attr) {
      case "href" -> tag.equals("a") || tag.equals("area") || tag.equals("link");
      case "src" -> tag.equals("img") || tag.equals("script") || tag.equals("source") || tag.equals("iframe");
      case "action" -> tag.equals("form");
      default -> false;
    };
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    int n = s.length() - what.length();
    for (int i = from; i <= n; i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }
}

package kokai.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The links and ids of one page, read with jsoup's HTML parser, so comments, script text,
 * character references and unquoted attributes are read as a browser reads them.
 */
final class PageLinks {
  /** The page's links (attribute values, references decoded) and its ids. */
  record Scan(List<String> links, Set<String> ids) {}

  private PageLinks() {}

  static Scan scan(String html) {
    List<String> links = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element e : Jsoup.parse(html).getAllElements()) {
      String tag = e.normalName();
      if (e.hasAttr("id")) {
        ids.add(e.attr("id"));
      }
      if (tag.equals("a") && e.hasAttr("name")) {
        ids.add(e.attr("name"));
      }
      String attr = linkAttribute(tag);
      if (attr != null && e.hasAttr(attr)) {
        links.add(e.attr(attr).strip());
      }
    }
    return new Scan(links, ids);
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

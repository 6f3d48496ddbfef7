package kokai.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a Markdown heading as the rest of the site does a section heading: an id, and beside it
 * the "§" link to that section (with its text for screen readers), inside {@code div.section-head}.
 */
final class MarkdownHeadings implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final HeadingIds ids;
  private final UnaryOperator<String> linkLabel;
  /** The language of the link's words when the page's text is Japanese and they are not; else null. */
  private final String labelLang;

  MarkdownHeadings(HtmlNodeRendererContext context, HeadingIds ids, UnaryOperator<String> linkLabel, String labelLang) {
    this.context = context;
    this.html = context.getWriter();
    this.ids = ids;
    this.linkLabel = linkLabel;
    this.labelLang = labelLang;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Heading.class);
  }

  @Override
  public void render(Node node) {
    Heading h = (Heading) node;
    String text = MarkdownTables.textOf(h);
    String id = ids.next(text);
    String tag = "h" + h.getLevel();
    html.line();
    html.tag("div", Map.of("class", "section-head"));
    html.tag(tag, Map.of("id", id));
    for (Node child = h.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.tag("/" + tag);
    Map<String, String> link = new LinkedHashMap<>(); // attribute order is part of the bytes
    link.put("href", "#" + id);
    link.put("class", "self-link");
    html.tag("a", link);
    html.tag("span", Map.of("aria-hidden", "true"));
    html.text("§");
    html.tag("/span");
    if (labelLang == null) {
      html.tag("span", Map.of("class", "vh"));
      html.text(linkLabel.apply(text));
    } else {
      // "Link to "事業の基本情報"": the words in the interface's voice, the heading's in Japanese.
      Map<String, String> vh = new LinkedHashMap<>();
      vh.put("class", "vh");
      vh.put("lang", labelLang);
      html.tag("span", vh);
      String[] around = linkLabel.apply("\u0000").split("\u0000", 2);
      html.text(around[0]);
      html.tag("span", Map.of("lang", "ja"));
      html.text(text);
      html.tag("/span");
      html.text(around.length > 1 ? around[1] : "");
    }
    html.tag("/span");
    html.tag("/a");
    html.tag("/div");
    html.line();
  }


}

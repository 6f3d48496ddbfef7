package kokai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a Markdown page's headings and tables as the rest of the site does its own. A heading
 * gets an id, and beside it the "§" link to that section (with its text for screen readers),
 * inside {@code div.section-head}. A table goes in the scrolling region the sheet pages' tables
 * have, so that one wider than a phone scrolls by itself, not the page (WCAG 1.4.10): focusable by
 * keyboard, and named by the heading of its section, or by its column headings where no heading
 * comes before it; its rows and cells are the tables extension's.
 */
final class MarkdownBlocks implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final HeadingIds ids;
  private final UnaryOperator<String> linkLabel;
  /** The language of the link's words when the page's text is Japanese and they are not; else null. */
  private final String labelLang;

  MarkdownBlocks(HtmlNodeRendererContext context, HeadingIds ids, UnaryOperator<String> linkLabel, String labelLang) {
    this.context = context;
    this.html = context.getWriter();
    this.ids = ids;
    this.linkLabel = linkLabel;
    this.labelLang = labelLang;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Heading.class, TableBlock.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof Heading h) {
      heading(h);
    } else {
      table((TableBlock) node);
    }
  }

  private void heading(Heading h) {
    String text = textOf(h);
    String id = ids.next(text);
    String tag = "h" + h.getLevel();
    html.line();
    html.tag("div", Map.of("class", "section-head"));
    html.tag(tag, Map.of("id", id));
    renderChildren(h);
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

  private void table(TableBlock node) {
    Map<String, String> region = new LinkedHashMap<>(); // attribute order is part of the bytes
    region.put("class", "table-scroll");
    region.put("role", "region");
    if (ids.last() != null) {
      region.put("aria-labelledby", ids.last());
    } else {
      region.put("aria-label", String.join(" / ", columnHeadings(node)));
    }
    region.put("tabindex", "0");
    html.line();
    html.tag("div", region);
    html.tag("table", context.extendAttributes(node, "table", Map.of()));
    renderChildren(node);
    html.tag("/table");
    html.tag("/div");
    html.line();
  }

  private void renderChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }

  private static List<String> columnHeadings(Node table) {
    List<String> out = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead && part.getFirstChild() != null) {
        for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            out.add(textOf(cell).strip());
          }
        }
      }
    }
    return out;
  }

  /** A node's text as its heading id and § label read it. */
  static String textOf(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        sb.append(t.getLiteral());
      }

      @Override
      public void visit(Code c) {
        sb.append(c.getLiteral());
      }
    });
    return sb.toString();
  }
}

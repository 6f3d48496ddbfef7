package kokai.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Puts a Markdown table in the scrolling region the site's other tables have, so that a table
 * wider than a phone scrolls by itself, not the page (WCAG 1.4.10): focusable by keyboard, and
 * named by the heading of its section, or by its column headings where no heading comes before it.
 * Its rows and cells are the tables extension's.
 */
final class MarkdownTables implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final HeadingIds ids;

  MarkdownTables(HtmlNodeRendererContext context, HeadingIds ids) {
    this.context = context;
    this.html = context.getWriter();
    this.ids = ids;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(TableBlock.class);
  }

  @Override
  public void render(Node node) {
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
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.tag("/table");
    html.tag("/div");
    html.line();
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

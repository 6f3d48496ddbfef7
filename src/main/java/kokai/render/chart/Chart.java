package kokai.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready for a page: the inline SVG (already escaped markup, to be written as is), its
 * title, and the same figures as a table to show next to it.
 *
 * <pre>{@code
 * <figure class="chart">${chart.svg?no_esc}<table>…${chart.table.rows}…</table></figure>
 * }</pre>
 */
public record Chart(String id, String title, String svg, Table table) {
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(table, "table");
  }

  /** The chart's figures: a caption, column headings, and one row per fiscal year. */
  public record Table(String caption, List<String> columns, List<Row> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** One fiscal year: its label and one cell per column after the first ({@value Charts#TABLE_UNKNOWN} where unknown). */
  public record Row(String label, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }
}

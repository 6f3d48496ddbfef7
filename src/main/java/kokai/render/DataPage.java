package kokai.render;

import java.util.List;
import kokai.render.data.DataFiles;

/**
 * The open-data page ({@code data/}): what the site-wide files hold and under which licence.
 * {@code files} are site-relative paths of the files the data stage writes; {@code columns} the
 * columns of its CSV files, which the page explains.
 */
public record DataPage(String url, String title, List<String> files, boolean feed, List<DataFiles.Columns> columns)
    implements PageModel {
  public static final String URL = "data/";

  public DataPage {
    files = List.copyOf(files);
    columns = List.copyOf(columns);
  }

  @Override
  public String template() {
    return "data.ftlh";
  }
}

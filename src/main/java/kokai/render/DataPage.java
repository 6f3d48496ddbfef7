package kokai.render;

import java.util.List;

/**
 * The open-data page ({@code data/}): what the site-wide files hold and under which licence.
 * {@code files} are site-relative paths of the files the data stage writes.
 */
public record DataPage(String url, String title, List<String> files, boolean feed) implements PageModel {
  public static final String URL = "data/";

  public DataPage {
    files = List.copyOf(files);
  }

  @Override
  public String template() {
    return "data.ftlh";
  }
}

package kokai.render.data;

import java.util.Objects;

/**
 * One generated data file: its path below the site root ({@code data/sheets.csv}) and its bytes.
 * The array is not copied: callers hand it straight to the output and never change it.
 */
public record DataFile(String path, byte[] bytes) {
  public DataFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("not a path below the site root: " + path);
    }
  }
}

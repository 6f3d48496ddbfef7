package kokai.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where in which file something is: 1-based line and column; 0 where unknown (a whole file).
 *
 * <pre>{@code
 * new SourceLocation(Path.of("content/sheets/2022/088.yaml"), 12, 5).toString()
 *     // "content/sheets/2022/088.yaml:12:5"
 * }</pre>
 */
public record SourceLocation(Path file, int line, int column) implements Comparable<SourceLocation> {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
    }
  }

  /** The whole file, no particular position. */
  public static SourceLocation of(Path file) {
    return new SourceLocation(file, 0, 0);
  }

  /** A file's path as messages show it, with forward slashes on Windows too. */
  public static String display(Path file) {
    return file.toString().replace('\\', '/');
  }

  @Override
  public String toString() {
    String f = display(file);
    if (line == 0) {
      return f;
    }
    return column == 0 ? f + ":" + line : f + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceLocation o) {
    int c = file.toString().compareTo(o.file.toString());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}

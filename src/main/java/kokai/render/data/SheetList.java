package kokai.render.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kokai.model.Sheet;

/**
 * A site-wide data file that lists every sheet ({@code data/sheets.csv}, {@code data/sheets.json},
 * {@code data/costs.csv} and their English variants), laid out as a head, each sheet's piece in the
 * site's order with a separator between two, and an end. A build streams it whole ({@link #write});
 * the preview notes where each sheet's piece lies in the file ({@link Placed}) and, after an edit,
 * makes the edited sheets' pieces alone ({@link #piece}) to put in their place. Both give the same
 * bytes, as the whole file is written from the same pieces.
 *
 * <pre>{@code
 * for (SheetList f : new DataFiles(config).lists(index.sheets())) {
 *   f.write(index.sheets(), sink.open(f.path()), (i, start, length) -> { });
 * }
 * }</pre>
 *
 * <p>Not for several threads at once: a CSV list prints its rows with one printer.
 */
public final class SheetList {
  /** Where {@link #write} put the piece of the sheet at {@code index} of the list: its first byte and length. */
  @FunctionalInterface
  public interface Placed {
    void piece(int index, long start, int length);
  }

  private static final byte[] NONE = new byte[0];

  private final String path;
  private final byte[] head;
  /** Written after the head, before the first piece, when there is one. */
  private final byte[] open;
  private final byte[] separator;
  /** Written after the last piece, when there is one. */
  private final byte[] close;
  private final byte[] end;
  private final Function<Sheet, byte[]> piece;
  /** What the pieces and the end depend on beyond each sheet's own record ({@link #dependingOn}). */
  private final Object whole;

  private SheetList(String path, byte[] head, byte[] open, byte[] separator, byte[] close, byte[] end,
      Function<Sheet, byte[]> piece, Object whole) {
    this.path = Objects.requireNonNull(path, "path");
    this.head = head;
    this.open = open;
    this.separator = separator;
    this.close = close;
    this.end = end;
    this.piece = piece;
    this.whole = whole;
  }

  /**
   * This list, saying that its pieces or its end depend on {@code whole} (a value with equals, such
   * as the projects' sheets), not only on each sheet's own record: two writings of the file
   * differ only in the pieces of the sheets that differ as long as {@code whole} is equal.
   */
  SheetList dependingOn(Object whole) {
    return new SheetList(path, head, open, separator, close, end, piece, whole);
  }

  /** What the file depends on beyond each sheet's record, null for nothing; see {@link #dependingOn}. */
  public Object whole() {
    return whole;
  }

  /** A CSV file: the byte order mark and header row, then each sheet's rows, nothing between or after. */
  static SheetList csv(String path, byte[] head, Function<Sheet, byte[]> rows) {
    return new SheetList(path, head, NONE, NONE, NONE, NONE, rows, null);
  }

  /**
   * A JSON object with a list of sheets, one to a line: {@code head} is the object up to the list's
   * opening bracket, each sheet's piece its compact JSON, {@code end} what follows the last
   * sheet's line, from the list's closing bracket on.
   */
  static SheetList jsonLines(String path, byte[] head, Function<Sheet, byte[]> line, byte[] end) {
    return new SheetList(path, head, bytes("\n"), bytes(",\n"), bytes("\n"), end, line, null);
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Its path below the site root, {@code data/sheets.csv}. */
  public String path() {
    return path;
  }

  /** The bytes of one sheet in the file: its rows, or its line without the separators around it. */
  public byte[] piece(Sheet s) {
    return piece.apply(s);
  }

  /** Writes the file for {@code sheets}, in that order, to {@code out} (and closes it). */
  public void write(List<Sheet> sheets, OutputStream out) {
    write(sheets, out, (i, start, length) -> { });
  }

  /**
   * As {@link #write(List, OutputStream)}, telling {@code placed} where each sheet's piece went;
   * returns the file's size.
   */
  public long write(List<Sheet> sheets, OutputStream out, Placed placed) {
    try (OutputStream o = new java.io.BufferedOutputStream(out, 1 << 16)) {
      long at = head.length;
      o.write(head);
      for (int i = 0; i < sheets.size(); i++) {
        byte[] before = i == 0 ? open : separator;
        o.write(before);
        at += before.length;
        byte[] p = piece(sheets.get(i));
        o.write(p);
        placed.piece(i, at, p.length);
        at += p.length;
      }
      if (!sheets.isEmpty()) {
        o.write(close);
        at += close.length;
      }
      o.write(end);
      return at + end.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

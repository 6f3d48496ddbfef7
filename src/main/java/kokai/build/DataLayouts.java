package kokai.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kokai.model.Sheet;
import kokai.render.data.SheetList;

/**
 * Where each sheet's piece lies in the site-wide lists the preview wrote last ({@code data/sheets.csv},
 * {@code data/sheets.json}, … of the site and of each language version), so that after an edit only
 * the edited sheets are serialised again: the file is made anew from the bytes of the old one around
 * them, copied by the system without passing through Java, and their new pieces. At 10,000 sheets
 * the lists hold some 100 MB; what is kept of them is a few numbers a sheet, and the sheets written,
 * which the site index holds anyway. A build keeps nothing: {@link DataStage} without layouts.
 *
 * <p>A file is spliced only while it is as this class left it (its size and time), listing the same
 * sheets in the same order; otherwise it is written whole, as a build writes it.
 */
final class DataLayouts {
  /**
   * A file as written last: from which sheets (the very records: an edited sheet is another),
   * what the file said beyond each sheet ({@link SheetList#whole}), where each sheet's piece starts
   * and how long it is, the file's size, and its time once on disk (null until then).
   */
  private record Layout(List<Sheet> sheets, Object whole, long[] starts, int[] lengths, long size, FileTime time) {}

  private final Path root;
  /** By the file's path in the preview folder ({@code en/data/sheets.csv}). */
  private final Map<String, Layout> files = new ConcurrentHashMap<>();

  DataLayouts(Path root) {
    this.root = root;
  }

  /** Forgets every file: the next build writes them whole. */
  void clear() {
    files.clear();
  }

  /**
   * Writes {@code list} whole to {@code out} (and closes it), noting where each sheet went as the
   * file {@code at}; {@link #settle} takes the file's time once it is on disk.
   */
  void writeWhole(String at, SheetList list, List<Sheet> sheets, OutputStream out) {
    long[] starts = new long[sheets.size()];
    int[] lengths = new int[sheets.size()];
    long size = list.write(sheets, out, (i, start, length) -> {
      starts[i] = start;
      lengths[i] = length;
    });
    files.put(at, new Layout(sheets, list.whole(), starts, lengths, size, null));
  }

  /** Forgets the file {@code at}: it was not written as noted (a newer edit stopped the write). */
  void forget(String at) {
    files.remove(at);
  }

  /**
   * Takes the time of each file written whole since, now on disk (the build published them); a
   * file that is not there in the size written is forgotten.
   */
  void settle() {
    files.replaceAll((at, l) -> l.time() != null ? l : onDisk(at, l));
    files.values().removeIf(l -> l.time() == null);
  }

  private Layout onDisk(String at, Layout l) {
    try {
      BasicFileAttributes a = Files.readAttributes(root.resolve(at), BasicFileAttributes.class);
      return a.size() == l.size() ? new Layout(l.sheets(), l.whole(), l.starts(), l.lengths(), l.size(), a.lastModifiedTime()) : l;
    } catch (IOException gone) {
      return l;
    }
  }

  /**
   * Brings the file {@code at} up to {@code sheets} by making again only the pieces of the sheets
   * that are not the records it was written from, and writing it through {@code sink} if their
   * bytes changed. Returns how many sheets were made again; -1, having done nothing, when the file
   * cannot be spliced: not noted, not as written, listing other sheets or in another order, or
   * what it depends on beyond each sheet ({@link SheetList#whole}, such as the projects) changed.
   */
  int splice(String at, SheetList list, List<Sheet> sheets, PreviewSink sink) {
    Layout l = files.get(at);
    if (l == null || l.time() == null || l.sheets().size() != sheets.size() || !Objects.equals(l.whole(), list.whole())) {
      return -1;
    }
    List<Integer> edited = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet was = l.sheets().get(i);
      Sheet now = sheets.get(i);
      if (was != now) {
        if (!was.ref().equals(now.ref())) {
          return -1;
        }
        edited.add(i);
      }
    }
    Path file = root.resolve(at);
    try {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException gone) {
        return -1;
      }
      if (a.size() != l.size() || !a.lastModifiedTime().equals(l.time())) {
        return -1;
      }
      if (edited.isEmpty()) {
        return 0;
      }
      byte[][] made = new byte[edited.size()][];
      for (int k = 0; k < made.length; k++) {
        made[k] = list.piece(sheets.get(edited.get(k)));
      }
      if (same(file, l, edited, made)) {
        files.put(at, new Layout(sheets, l.whole(), l.starts(), l.lengths(), l.size(), l.time()));
        return made.length;
      }
      long[] starts = Arrays.copyOf(l.starts(), l.starts().length);
      int[] lengths = Arrays.copyOf(l.lengths(), l.lengths().length);
      long shift = 0;
      int k = 0;
      for (int i = 0; i < starts.length; i++) {
        starts[i] += shift;
        if (k < made.length && edited.get(k) == i) {
          shift += made[k].length - lengths[i];
          lengths[i] = made[k].length;
          k++;
        }
      }
      sink.rewrite(at, (old, out) -> {
        long from = 0;
        for (int j = 0; j < made.length; j++) {
          int i = edited.get(j);
          copy(old, from, l.starts()[i] - from, out);
          out.write(ByteBuffer.wrap(made[j]));
          from = l.starts()[i] + l.lengths()[i];
        }
        copy(old, from, l.size() - from, out);
      });
      FileTime time = Files.getLastModifiedTime(file);
      files.put(at, new Layout(sheets, l.whole(), starts, lengths, l.size() + shift, time));
      return made.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Whether the file holds {@code made} already, each in its sheet's place. */
  private static boolean same(Path file, Layout l, List<Integer> edited, byte[][] made) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int k = 0; k < made.length; k++) {
        int i = edited.get(k);
        if (l.lengths()[i] != made[k].length) {
          return false;
        }
        ByteBuffer old = ByteBuffer.allocate(made[k].length);
        while (old.hasRemaining() && in.read(old, l.starts()[i] + old.position()) >= 0) {
          // read on until the piece is whole
        }
        if (!Arrays.equals(old.array(), made[k])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Copies {@code count} bytes of {@code in} from {@code from} to the end of {@code out}, in the system where it can. */
  private static void copy(FileChannel in, long from, long count, FileChannel out) throws IOException {
    long done = 0;
    while (done < count) {
      long n = in.transferTo(from + done, count - done, out);
      if (n <= 0) {
        throw new IOException("the file ended before its noted size");
      }
      done += n;
    }
  }
}

package kokai.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import kokai.model.Sheet;
import kokai.site.OutputSink;

/**
 * Writes what a result shows of each document, in three kinds of file, so that a result is drawn
 * as soon as its small metadata arrives and its snippet follows with the text of one zone:
 * <ul>
 *   <li>{@code m/<n>.js}: {@code kokaiSearch.meta(first, [[url, number, title, department, division,
 *       year], ...])}, the metadata of {@code perFile} consecutive documents from {@code first}
 *       (about 110 bytes a document), the title as {@link Js#field} writes it, the fiscal year as its
 *       number ({@code "2022"}): the search page names it in its own language, so that the site's
 *       language versions share one index;
 *   <li>{@code o/<n>.js}: {@code kokaiSearch.text(n, 1, [overview fields])}, the fields of document
 *       n's overview as the sheet writes them, each as {@link Js#field} writes it (about 310 bytes);
 *   <li>{@code t/<n>.js}: {@code kokaiSearch.text(n, 2, [rest fields])}, the fields of its third
 *       zone (about 1.3 KB; see {@link SheetDocument#fields}).
 * </ul>
 * A snippet shows the zone of the first match, and the overview for a match in the title, which is
 * the result's heading: so a result loads one of the two text files, and the title's zone, which
 * the metadata holds, has none. Split so, a page of ten results whose words are in the overview
 * loads 3.1 KB of text instead of 15.5 KB, and one whose words are only in the third zone 12.7 KB.
 *
 * <pre>{@code
 * DocumentFiles.Written w = new DocumentFiles(4).write(docs, sink);
 * }</pre>
 */
final class DocumentFiles {
  /** The folders of the three kinds, under {@link SearchIndexWriter#DIRECTORY}. */
  static final String META = "m/";
  static final String OVERVIEW = "o/";
  static final String TEXT = "t/";

  /** The order of a metadata row; {@code search.js} reads the same positions. */
  enum Meta { URL, NUMBER, TITLE, DEPARTMENT, DIVISION, YEAR }

  /** What was written: the text files are those of both zones. */
  record Written(int metaFiles, long metaBytes, int textFiles, long textBytes) {}

  private final int perFile;

  DocumentFiles(int perFile) {
    if (perFile < 1) {
      throw new IllegalArgumentException("documents per metadata file must be at least 1, not " + perFile);
    }
    this.perFile = perFile;
  }

  /** Writes the files of every document, on all cores. */
  Written write(List<SheetDocument> docs, OutputSink sink) {
    int metaFiles = (docs.size() + perFile - 1) / perFile;
    long metaBytes = IntStream.range(0, metaFiles).parallel().mapToLong(file -> writeMeta(docs, file, sink)).sum();
    long textBytes = IntStream.range(0, docs.size()).parallel().mapToLong(d -> writeText(docs, d, sink)).sum();
    return new Written(metaFiles, metaBytes, 2 * docs.size(), textBytes);
  }

  /** Writes only the files that hold the given documents (after an edit); returns how many. */
  int write(List<SheetDocument> docs, Set<Integer> changed, OutputSink sink) {
    Set<Integer> metaFiles = new TreeSet<>();
    for (int d : changed) {
      metaFiles.add(d / perFile);
      writeText(docs, d, sink);
    }
    metaFiles.forEach(file -> writeMeta(docs, file, sink));
    return metaFiles.size() + 2 * changed.size();
  }

  private long writeMeta(List<SheetDocument> docs, int file, OutputSink sink) {
    int first = file * perFile;
    StringBuilder b = new StringBuilder("kokaiSearch.meta(").append(first).append(",[");
    for (int d = first; d < Math.min(docs.size(), first + perFile); d++) {
      b.append(d > first ? ",[" : "[");
      List<String> row = meta(docs.get(d));
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        if (i == Meta.TITLE.ordinal()) {
          Js.field(b, row.get(i));
        } else {
          Js.string(b, row.get(i));
        }
      }
      b.append(']');
    }
    return put(sink, META + file, b.append("]);\n"));
  }

  /** Writes the document's overview and its third zone, each in a file of its own; returns their bytes. */
  private static long writeText(List<SheetDocument> docs, int d, OutputSink sink) {
    List<List<String>> zones = docs.get(d).fields();
    return writeZone(d, 1, zones.get(1), OVERVIEW, sink) + writeZone(d, 2, zones.get(2), TEXT, sink);
  }

  private static long writeZone(int d, int zone, List<String> fields, String folder, OutputSink sink) {
    StringBuilder b = new StringBuilder("kokaiSearch.text(").append(d).append(',').append(zone).append(",[");
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        b.append(',');
      }
      Js.field(b, fields.get(f));
    }
    return put(sink, folder + d, b.append("]);\n"));
  }

  /** One document's row, in the order of {@link Meta}; a missing value is an empty string. */
  static List<String> meta(SheetDocument doc) {
    Sheet s = doc.sheet();
    String[] row = new String[Meta.values().length];
    row[Meta.URL.ordinal()] = doc.url();
    row[Meta.NUMBER.ordinal()] = s.id();
    row[Meta.TITLE.ordinal()] = s.title();
    row[Meta.DEPARTMENT.ordinal()] = s.organization().department();
    row[Meta.DIVISION.ordinal()] = s.organization().division();
    row[Meta.YEAR.ordinal()] = Integer.toString(s.fiscalYear());
    return Arrays.stream(row).map(v -> v == null ? "" : v).toList();
  }

  private static long put(OutputSink sink, String name, StringBuilder js) {
    byte[] bytes = js.toString().getBytes(StandardCharsets.UTF_8);
    sink.write(SearchIndexWriter.DIRECTORY + name + ".js", bytes);
    return bytes.length;
  }
}

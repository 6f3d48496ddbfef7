package kokai.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import kokai.model.Sheet;

/**
 * Writes a generated corpus as a content folder: {@code site.yaml} and
 * {@code sheets/<fiscal-year>/<id>.yaml} (or {@code .json}), one file per sheet, streamed (no sheet is kept after its
 * file is written) and in parallel; the bytes do not depend on the order or the thread.
 *
 * <pre>{@code
 * CorpusWriter.Summary s = new CorpusWriter().write(new CorpusGenerator(spec), Path.of("content"));
 * }</pre>
 */
public final class CorpusWriter {
  private final RecordWriter writer;
  private final String extension;

  /** How much was written. */
  public record Summary(int sheets, long bytes) {}

  /** The file format of the sheets; {@code site.yaml} is always YAML. */
  public enum Format { YAML, JSON }

  /** A writer of YAML sheet files. */
  public CorpusWriter() {
    this(Format.YAML);
  }

  public CorpusWriter(Format format) {
    this.writer = format == Format.JSON ? RecordWriter.json() : RecordWriter.yaml();
    this.extension = format == Format.JSON ? ".json" : ".yaml";
  }

  public Summary write(CorpusGenerator generator, Path out) {
    CorpusSpec spec = generator.spec();
    try {
      Files.createDirectories(out);
      for (int y = spec.firstYear(); y <= spec.lastYear(); y++) {
        Files.createDirectories(out.resolve("sheets").resolve(Integer.toString(y)));
      }
      byte[] site = siteYaml(generator);
      Files.write(out.resolve("site.yaml"), site);
      AtomicLong bytes = new AtomicLong(site.length);
      IntStream.range(0, generator.size()).parallel().forEach(i -> bytes.addAndGet(writeSheet(generator.sheet(i), out)));
      return new Summary(generator.size(), bytes.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code site.yaml}. */
  public byte[] siteYaml(CorpusGenerator generator) {
    byte[] body = RecordWriter.yaml().write(generator.site());
    byte[] head = "# 合成データ: kokai generate が作った架空の市のサイト設定\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private long writeSheet(Sheet s, Path out) {
    byte[] b = writer.write(s);
    Path file = out.resolve("sheets").resolve(Integer.toString(s.fiscalYear())).resolve(s.id() + extension);
    try {
      Files.write(file, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.length;
  }
}

package kokai.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import: the input files (each holding one or many sheets in the published text
 * layout), the content folder to write to, an encoding to force (otherwise detected), and whether
 * an existing file that differs may be overwritten.
 *
 * <pre>{@code
 * new ImportRequest(List.of(Path.of("r4.txt")), Path.of("content"), Optional.of(Charset.forName("windows-31j")), false)
 * }</pre>
 */
public record ImportRequest(List<Path> files, Path out, Optional<Charset> encoding, boolean force) {
  public ImportRequest {
    files = List.copyOf(files);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(encoding, "encoding");
  }
}

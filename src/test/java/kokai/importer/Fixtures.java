package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kokai.diag.Diagnostic;
import kokai.model.Sheet;

/** Writes fixture files and runs the importer on them. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path f = dir.resolve(name);
      Files.write(f, bytes);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportReport run(Path out, boolean force, Path... files) {
    return new Importer().run(new ImportRequest(List.of(files), out, Optional.empty(), force));
  }

  static ImportReport run(Path out, Charset forced, Path... files) {
    return new Importer().run(new ImportRequest(List.of(files), out, Optional.of(forced), false));
  }

  /** Parses the one sheet of {@code text} directly, with the problems found. */
  static SheetParser.Parsed parseOne(String text) {
    Path file = Path.of("fixture.txt");
    kokai.diag.Diagnostics d = new kokai.diag.Diagnostics();
    List<SheetBlock> blocks = SheetSplitter.split(file, text, d);
    if (blocks.size() != 1) {
      throw new IllegalArgumentException("expected one sheet but found " + blocks.size() + ": " + d.sorted());
    }
    return SheetParser.parse(file, blocks.get(0));
  }

  /** The first error of a sheet the importer refuses, once it is seen to write no sheet of it. */
  static Diagnostic refused(String text) {
    SheetParser.Parsed p = parseOne(text);
    assertThat(p.sheet()).isEmpty();
    return p.problems().firstError();
  }

  /** The one problem among {@code problems}, seen to be a warning (the sheet is still written). */
  static Diagnostic onlyWarning(List<Diagnostic> problems) {
    assertThat(problems).hasSize(1);
    Diagnostic d = problems.get(0);
    assertThat(d.isError()).as(d.toString()).isFalse();
    return d;
  }

  /** The sheet of {@code text}, failing with its problems when it cannot be read. */
  static Sheet sheet(String text) {
    SheetParser.Parsed p = parseOne(text);
    return p.sheet().orElseThrow(() -> new AssertionError("not parsed: " + p.problems().all()));
  }
}

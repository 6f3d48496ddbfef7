package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.load.ContentLoader;
import kokai.load.LoadResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The real sheets' text, changed as exports and hands change it (lines lost, repeated, swapped,
 * cut or run together, tabs lost or doubled, a cell holding another value), is imported without a
 * crash, and every sheet the importer writes is one the build takes: what it cannot read it says,
 * at its place, and leaves out. Mutating the text this way found a score of 20 digits that crashed
 * the import, and figures, control characters and an unused indicator block that it wrote and the
 * build then refused.
 */
class ImportMutationPropertiesTest {
  private static final List<String> SEED = List.of(Seed.text().split("\n", -1));
  /** Values a cell may come to hold: figures of every form, labels, dashes, units, control characters. */
  private static final List<String> CELLS = List.of("", "0", "-", "－", "—", "△100", "▲100", "1,234,567", "１２３", "12.5",
      "(千円)", "()", "無", "有", "継続", "廃止", "拡大・拡充", "縮小", "完了", "5", "0.0", "x", "令和 5年度", "R07年度",
      "99999999999999999999", "0.1234567891", "-1", "1e5", "\u3000", "\u0000", "\u000B", "指標名", "目標値", "実績", "市民ニーズ",
      "事業の概要", Seed.HEADING);

  enum Op { DELETE, REPEAT, SWAP, TABS_LOST, TABS_DOUBLED, CELL, CUT, JOIN }

  /** One change; its numbers are taken modulo the lines, cells and values there are. */
  record Mutation(Op op, int line, int other, int value) {
    void apply(List<String> lines) {
      int k = line % lines.size();
      String at = lines.get(k);
      String there = lines.get(other % lines.size());
      switch (op) {
        case DELETE -> lines.remove(k);
        case REPEAT -> lines.add(k, at);
        case SWAP -> {
          lines.set(k, there);
          lines.set(other % lines.size(), at);
        }
        case TABS_LOST -> lines.set(k, at.replace("\t", ""));
        case TABS_DOUBLED -> lines.set(k, at.replace("\t", "\t\t"));
        case CELL -> {
          String[] cells = at.split("\t", -1);
          cells[other % cells.length] = CELLS.get(value % CELLS.size());
          lines.set(k, String.join("\t", cells));
        }
        case CUT -> lines.set(k, at.substring(0, value % (at.length() + 1)));
        case JOIN -> lines.set(k, at + there);
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Op.class), n, n, n).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 250, seed = "20261127", edgeCases = EdgeCasesMode.NONE)
  void theImportNeitherCrashesNorWritesWhatTheBuildRefuses(@ForAll("mutations") List<Mutation> changes) throws IOException {
    List<String> lines = new ArrayList<>(SEED);
    changes.forEach(c -> c.apply(lines));
    Path dir = Files.createTempDirectory("kokai-mutated");
    try {
      Path in = Files.writeString(dir.resolve("sheets.txt"), String.join("\n", lines));
      Path content = dir.resolve("content");

      ImportReport report = Fixtures.run(content, false, in);

      if (Files.isDirectory(content.resolve("sheets"))) {
        LoadResult loaded = new ContentLoader().load(content);
        assertThat(loaded.diagnostics()).as("imported with %s", report.summary()).noneMatch(Diagnostic::isError);
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}

package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A real sheet, as YAML and as JSON, with characters lost, typed or copied in the wrong place:
 * whatever the damage, loading it ends in diagnostics, never an exception; each error in the file
 * names its line; and none speaks the parsers' own words, which the city's staff cannot act on.
 * Mutating the sheets this way found twelve such messages ("Unrecognized token", "while scanning an
 * anchor", "CTRL-CHAR, code 10", "Leading zeroes not allowed", …).
 */
class ContentMutationPropertiesTest {
  private static final Path SHEET = Path.of("content/sheets/2022/088.yaml");
  /** What typing, pasting and a lost character leave: YAML's and JSON's special characters, tabs, breaks. */
  private static final String TYPED = "{}[],:\"'\\ 0a\n\t-.#*&!|>%@`~\u3000あ";
  /** The parsers' own words, as they would reach a message that was not put in plain words. */
  private static final List<String> PARSER_WORDS = List.of("(while ", "was expecting", "CTRL-CHAR", "Unexpected character",
      "Unrecognized", "Illegal", "node content", "block scalar", "<block", "<document");

  enum Op { DELETE, TYPE, CUT, COPY }

  /** One change at a place in the text; its numbers are taken modulo the text's length. */
  record Mutation(Op op, int at, int length, int other) {
    void apply(StringBuilder text) {
      int k = at % (text.length() + 1);
      int end = Math.min(text.length(), k + length % 40);
      switch (op) {
        case DELETE -> text.delete(k, Math.min(text.length(), k + 1));
        case TYPE -> text.insert(k, TYPED.charAt(other % TYPED.length()));
        case CUT -> text.delete(k, end);
        case COPY -> text.insert(other % (text.length() + 1), text.substring(k, end));
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 100_000);
    return Combinators.combine(Arbitraries.of(Op.class), n, n, n).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 300, seed = "20261127", edgeCases = EdgeCasesMode.NONE)
  void aDamagedYamlSheetIsToldInPlainWordsAtItsLine(@ForAll("mutations") List<Mutation> changes) throws IOException {
    loadsWithPlainWords("088.yaml", Files.readString(SHEET), changes);
  }

  @Property(tries = 300, seed = "20261127", edgeCases = EdgeCasesMode.NONE)
  void aDamagedJsonSheetIsToldInPlainWordsAtItsLine(@ForAll("mutations") List<Mutation> changes) throws IOException {
    Object tree = new YAMLMapper().readValue(SHEET.toFile(), Object.class);
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
    loadsWithPlainWords("088.json", json, changes);
  }

  private static void loadsWithPlainWords(String name, String text, List<Mutation> changes) throws IOException {
    StringBuilder damaged = new StringBuilder(text);
    changes.forEach(c -> c.apply(damaged));
    Path root = Files.createTempDirectory("kokai-damaged");
    try {
      Files.copy(Path.of("content/site.yaml"), root.resolve("site.yaml"));
      Path file = Files.createDirectories(root.resolve("sheets/2022")).resolve(name);
      Files.writeString(file, damaged);

      List<Diagnostic> said = new ContentLoader().load(root).diagnostics();

      assertThat(said).filteredOn(d -> d.isError() && file.equals(d.location().file()))
          .allSatisfy(d -> assertThat(d.location().line()).as(d.oneLine()).isPositive());
      assertThat(said).allSatisfy(d -> assertThat(d.oneLine()).doesNotContain(PARSER_WORDS));
    } finally {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}

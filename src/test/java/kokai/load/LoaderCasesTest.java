package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kokai.diag.Diagnostic;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every bad-input case of {@code load/cases.txt}; each names itself. */
class LoaderCasesTest {
  static final String SITE = "title: テスト市 事務事業評価\ncity: テスト市\nlicense: {name: テスト市データ利用規約, url: \"https://example.jp/terms/\"}\ndepartmentSlugs:\n  総務部: soumu\n";

  record Case(String name, Map<String, byte[]> files, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir Path dir;

  static Stream<Case> cases() throws IOException {
    return parse(read()).stream();
  }

  @Test
  void theCaseListIsNotEmpty() throws IOException {
    assertThat(parse(read())).hasSizeGreaterThan(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhatIsWrongAndWhere(Case c) throws IOException {
    if (c.files.keySet().stream().noneMatch(f -> f.toLowerCase(java.util.Locale.ROOT).startsWith("site."))) {
      Files.writeString(dir.resolve("site.yaml"), SITE);
    }
    Files.createDirectories(dir.resolve("sheets"));
    for (Map.Entry<String, byte[]> f : c.files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    LoadResult r = new ContentLoader().load(dir);
    List<String> actual = r.diagnostics().stream().map(d -> relative(d)).toList();
    assertThat(actual).as("diagnostics of case '%s'", c.name).hasSize(c.expected.size());
    for (String e : c.expected) {
      assertThat(actual).as("diagnostics of case '%s'", c.name).anyMatch(a -> a.startsWith(e));
    }
    boolean expectsError = c.expected.stream().anyMatch(e -> e.contains(": error: "));
    assertThat(r.content().isPresent()).as("content loads").isEqualTo(!expectsError);
  }

  /** Too long for the case file: a text past the limit is refused alike in YAML (whose parser does not apply it) and JSON. */
  @Test
  void aTextTooLongForAFieldIsRefusedInBothFormats() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Path year = Files.createDirectories(dir.resolve("sheets/2022"));
    String text = "あ".repeat(TreeReader.MAX_TEXT + 1);
    Files.writeString(year.resolve("001.yaml"), "fiscalYear: 2022\nid: \"001\"\ntitle: " + text + "\n");
    Files.writeString(year.resolve("002.json"), "{\"fiscalYear\": 2022,\n \"id\": \"002\", \"title\": \"" + text + "\"}");
    LoadResult r = new ContentLoader().load(dir);
    String message = String.format(java.util.Locale.ROOT, "a text of %,d characters, more than the %,d a field may hold",
        text.length(), TreeReader.MAX_TEXT);
    assertThat(r.diagnostics()).map(this::relative).containsExactly(
        "sheets/2022/001.yaml:3:8: error: " + message + " (" + SyntaxProblems.TOO_LONG_HINT + ")",
        "sheets/2022/002.json:2:24: error: " + message + " (" + SyntaxProblems.TOO_LONG_HINT + ")");
  }

  /**
   * Lines that end in a lone CR (an old Mac's text) are lines to the parser, and so to the words
   * about its errors: a full-width colon and a value cut by " #" are each told at their own line,
   * as in a file of LF or CRLF line ends.
   */
  @Test
  void aSheetWithLinesEndingInALoneCarriageReturnIsToldOfEachLine() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Path year = Files.createDirectories(dir.resolve("sheets/2022"));
    Files.writeString(year.resolve("001.yaml"),
        "fiscalYear: 2022\rid: \"001\"\rｔｉｔｌｅ： テスト事業\rorganization: {department: 総務部, division: 総務課}\r");
    Files.writeString(year.resolve("002.yaml"),
        "fiscalYear: 2022\rid: \"002\"\rtitle: テスト事業 #2\rorganization: {department: 総務部, division: 総務課}\r");

    LoadResult r = new ContentLoader().load(dir);

    assertThat(r.diagnostics()).map(this::relative).anySatisfy(d -> assertThat(d).startsWith(
        "sheets/2022/001.yaml:3:6: error: syntax error: a full-width colon '：' (write a half-width colon and a space: title: テスト事業)"));
    assertThat(r.diagnostics()).map(this::relative).anySatisfy(d -> assertThat(d).startsWith(
        "sheets/2022/002.yaml:3:14: warning: the text ends at \" #\": YAML reads \"#2\" as a comment"));
  }

  /** A text of only spaces (U+3000 too) or line breaks is as if not given: the page shows "—", not an empty cell. */
  @Test
  void aTextOfOnlySpacesIsNotGiven() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Path year = Files.createDirectories(dir.resolve("sheets/2022"));
    Files.writeString(year.resolve("001.json"), "{\"fiscalYear\": 2022, \"id\": \"001\", \"title\": \"テスト事業\","
        + " \"organization\": {\"department\": \"総務部\", \"division\": \"総務課\", \"section\": \" \"},"
        + " \"status\": \"   \", \"classification\": \"\u3000\", \"delivery\": \"\\n\", \"direction\": {\"decision\": \"  \"}}");

    LoadResult r = new ContentLoader().load(dir);

    Sheet s = r.content().orElseThrow().sheets().get(0);
    assertThat(s.status()).isNull();
    assertThat(s.classification()).isNull();
    assertThat(s.delivery()).isNull();
    assertThat(s.organization().section()).isNull();
    assertThat(s.direction() == null || s.direction().decision() == null).isTrue();
  }

  /** A file pasted full by mistake (20 MB of one list) is refused by its size, naming it, before it fills the memory. */
  @Test
  void aContentFileOfManyMegabytesIsRefusedByItsSize() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Path year = Files.createDirectories(dir.resolve("sheets/2022"));
    String plans = String.join(",", java.util.Collections.nCopies(300_000, "\"計画の名前です\""));
    Files.writeString(year.resolve("001.json"), "{\"fiscalYear\": 2022, \"id\": \"001\", \"title\": \"x\","
        + " \"organization\": {\"department\": \"総務部\", \"division\": \"総務課\"}, \"plans\": [" + plans + "]}");
    Files.writeString(year.resolve("002.yaml"), "fiscalYear: 2022\nid: \"002\"\ntitle: テスト事業\norganization: {department: 総務部}\n");

    LoadResult r = new ContentLoader().load(dir);

    assertThat(r.diagnostics()).map(this::relative).anySatisfy(d -> assertThat(d)
        .startsWith("sheets/2022/001.json: error: the file is 7,032 KB, more than a content file may be (4,096 KB)"));
    // The other files are still read and checked.
    assertThat(r.diagnostics()).map(this::relative).anySatisfy(d -> assertThat(d).startsWith("sheets/2022/002.yaml:4:15: error:"));
  }

  private String relative(Diagnostic d) {
    return d.oneLine().replace(dir.toString().replace('\\', '/') + "/", "");
  }

  private static String read() throws IOException {
    try (InputStream in = LoaderCasesTest.class.getResourceAsStream("/load/cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Case> parse(String text) {
    List<Case> out = new ArrayList<>();
    String name = null;
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> expect = new ArrayList<>();
    String file = null;
    StringBuilder body = new StringBuilder();
    boolean inExpect = false;
    for (String line : (text + "\n=== end\n").split("\n", -1)) {
      boolean heading = line.startsWith("=== ");
      boolean fileStart = line.startsWith("--- file: ");
      boolean expectStart = line.equals("--- expect");
      if ((heading || fileStart || expectStart) && file != null) {
        files.put(file, bytes(body.toString()));
        file = null;
      }
      if (heading) {
        if (name != null) {
          out.add(new Case(name, files, expect));
        }
        name = line.substring(4);
        files = new LinkedHashMap<>();
        expect = new ArrayList<>();
        inExpect = false;
      } else if (fileStart) {
        file = line.substring(10);
        body.setLength(0);
        inExpect = false;
      } else if (expectStart) {
        inExpect = true;
      } else if (file != null) {
        body.append(line).append('\n');
      } else if (inExpect && !line.isBlank()) {
        expect.add(line);
      }
    }
    return out;
  }

  /** The file's bytes, with \xNN standing for a raw byte and \t for a tab. */
  private static byte[] bytes(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\x", i) && i + 4 <= s.length()) {
        out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
      }
    }
    return out.toByteArray();
  }
}

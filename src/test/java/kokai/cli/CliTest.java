package kokai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A full disk's error names no file; the message says which file was being written. */
  @Test
  void aFileProblemNamesTheFile() {
    IOException full = new IOException("No space left on device");
    Throwable chain = new RuntimeException(new UncheckedIOException("cannot write site/.site-staging/2022/088/index.html", full));
    assertThat(Main.fileProblem(chain, full)).isEqualTo("cannot write site/.site-staging/2022/088/index.html: No space left on device");
    NoSuchFileException named = new NoSuchFileException("content/sheets/2022/088.yaml");
    assertThat(Main.fileProblem(new UncheckedIOException("reading", named), named)).isEqualTo(named.toString());
    assertThat(Main.fileProblem(new UncheckedIOException(full), full)).isEqualTo(full.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("check", "schema");
  }

  /**
   * The help wraps its lines wherever a line may break, after a dot, colon or slash too: a path or an
   * address cut there ("site." and "yaml") is copied wrong. Each is worded so that it fits on its line.
   */
  @Test
  void theHelpNeverCutsAPathOrAnAddress() {
    CommandLine root = new CommandLine(new KokaiCommand());
    Map<String, List<String>> cut = new TreeMap<>();
    root.getSubcommands().forEach((name, command) -> {
      CommandSpec spec = command.getCommandSpec();
      Stream<String[]> texts = Stream.concat(Stream.<String[]>of(spec.usageMessage().description()),
          spec.args().stream().map(a -> a.description()));
      cut.put(name, cutWords(texts.flatMap(Stream::of), run(name, "--help").out));
    });
    // The list of commands shows the first line of each one's description.
    cut.put("--help", cutWords(root.getSubcommands().values().stream()
        .map(c -> c.getCommandSpec().usageMessage().description()[0]), run("--help").out));
    cut.values().removeIf(List::isEmpty);
    assertThat(cut).isEmpty();
  }

  /** The words of {@code texts} with a dot, colon or slash inside that {@code help} does not show whole. */
  private static List<String> cutWords(Stream<String> texts, String help) {
    return texts.flatMap(t -> Stream.of(t.split("\\s+")))
        .filter(w -> w.matches(".*[^.:/][.:/][^.:/].*") && !w.contains("${") && !w.contains("%n") && !help.contains(w))
        .toList();
  }

  @Test
  void versionIsPrinted() {
    Run r = run("--version");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("kokai ").doesNotContain("${");
  }

  @Test
  void anUnknownCommandOrOptionIsAUsageError() {
    assertThat(run("frobnicate").code).isEqualTo(2);
    assertThat(run("check", "--nope").code).isEqualTo(2);
    assertThat(run().code).isEqualTo(2);
  }

  @Test
  void aMisspeltOptionGetsTheLikelyOne() {
    Run r = run("build", "--otu", "x");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("'--otu'", "Did you mean --out?");
    Run far = run("build", "--zzzzzz");
    assertThat(far.code).isEqualTo(2);
    assertThat(far.err).contains("Usage: kokai build").doesNotContain("Did you mean");
  }

  @Test
  void checkPassesOnTheRealContent() {
    Run r = run("check", "--content", "content");
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).contains("no errors");
  }

  /** Run inside the content folder, a command looks for content/ there: it says where it is instead. */
  @Test
  void runInsideTheContentFolderItSaysSo() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), "title: テスト\ncity: テスト市\n");
    Files.createDirectories(dir.resolve("sheets"));
    Run r = run("check", "--content", dir.resolve("content").toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("error: the content folder does not exist: this folder, " + dir.toAbsolutePath().normalize()
        + ", is the content itself (run the command from the folder above it (or give --content . --out ../site))");
  }

  @Test
  void checkReportsEveryErrorWithItsPlaceAndFailsOnce() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), "title: テスト\ncity: テスト市\n");
    Path sheets = Files.createDirectories(dir.resolve("sheets/2022"));
    Files.writeString(sheets.resolve("001.yaml"),
        "fiscalYear: 2022\nid: \"001\"\ntitel: 事業\norganization: {department: 総務部, division: 総務課}\n");
    Files.writeString(sheets.resolve("002.yaml"),
        "fiscalYear: 2022\nid: \"002\"\ntitle: 事業\norganization: {department: 総務部, division: 総務課}\nsdgs: [0]\n");
    Run r = run("check", "--content", dir.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err)
        .contains("001.yaml:3:1: error: titel: unknown field 'titel' (did you mean 'title'?)")
        .contains("002.yaml:5:8: error: sdgs[0]: 0 is out of range")
        .contains("    3 | titel: 事業")
        // and what the rest of the check finds beside them: the site has no baseUrl and no licence
        .contains("site.yaml: warning: baseUrl: no sitemap.xml was written")
        .contains("site.yaml: warning: license: no licence is named")
        .contains("2 errors, 4 warnings");
  }

  @Test
  void anInvisibleCharacterIsShownInTheSourceLineWithTheCaretUnderIt() throws IOException {
    Files.writeString(dir.resolve("site.yaml"), "title: テスト\ncity: テスト市\n");
    Path sheets = Files.createDirectories(dir.resolve("sheets/2022"));
    Files.writeString(sheets.resolve("001.yaml"), "fiscalYear: 2022\nid: \"001\"\ntitle: 事業\u0000\n");
    Run r = run("check", "--content", dir.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("001.yaml:3:10: error: an invisible control character (U+0000)")
        .contains("    3 | title: 事業\u2400\n      | " + " ".repeat("title: ".length() + 2 * 2) + "^\n").doesNotContain("\u0000");
  }

  @Test
  void checkOnAMissingFolderSaysHowToStart() {
    Run r = run("check", "--content", dir.resolve("nothing").toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("the content folder does not exist", "kokai.jar init NEW-FOLDER");
  }

  @Test
  void checkOnAFileSaysItIsNotAFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    Run r = run("check", "--content", file.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("the content folder is a file").doesNotContain("init");
  }

  @Test
  void theFolderInitMadeGivenInsteadOfItsContentFolderIsToldWhichToGive() {
    Path made = dir.resolve("newcity");
    assertThat(run("init", made.toString()).code).isZero();
    Run r = run("build", "--content", made.toString(), "--out", dir.resolve("site").toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err)
        .contains(made + ": error: this folder holds a site's content in its folder content/, not the content itself"
            + " (give --content " + made.resolve("content") + ", or run the command inside " + made + ")")
        .contains("1 error, 0 warnings")
        .doesNotContain("site config is missing", "no sheets folder");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aFolderInsideTheContentGivenAsContentIsToldItsParent() {
    Path made = dir.resolve("newcity");
    assertThat(run("init", made.toString()).code).isZero();
    Path sheets = made.resolve("content/sheets");
    Run r = run("check", "--content", sheets.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err)
        .contains(sheets + ": error: this folder is inside a site's content, not the content itself"
            + " (give --content " + made.resolve("content") + ", the folder that holds site.yaml)")
        .contains("1 error, 0 warnings");
  }

  /**
   * A city running only the jar gets the default theme's files to change from kokai theme: a
   * template as it is, a messages file with every key commented out (each key it keeps would replace
   * the default's), never over a file the theme has; the theme then builds with the change.
   */
  @Test
  void theThemeCommandCopiesTheDefaultsFilesToChangeAndTheSiteBuildsWithThem() throws IOException {
    Path made = dir.resolve("city-site");
    assertThat(run("init", made.toString()).code).isZero();
    Path themes = made.resolve("themes");
    Run list = run("theme", "city", "--theme-dir", themes.toString());
    assertThat(list.code).isZero();
    assertThat(list.out).contains("  templates/partials/header.ftlh", "  i18n/messages_ja.properties", "  assets/css/site.css")
        .doesNotContain("theme.properties")
        .contains("no copy is needed: write them in " + themes.resolve("city/assets/css/theme.css"));
    Run typo = run("theme", "city", "templates/partials/hedaer.ftlh", "--theme-dir", themes.toString());
    assertThat(typo.code).isEqualTo(2);
    assertThat(typo.err).contains("no file templates/partials/hedaer.ftlh (did you mean templates/partials/header.ftlh?)");
    assertThat(run("theme", "city", "header.ftlh", "--theme-dir", themes.toString()).err())
        .contains("no file header.ftlh (did you mean templates/partials/header.ftlh?)");
    assertThat(run("theme", "city", "assets/css/theme.css", "--theme-dir", themes.toString()).err())
        .contains("a theme's theme.css is its own: create it in " + themes.resolve("city/assets/css/theme.css"));
    assertThat(themes).doesNotExist();

    Run copy = run("theme", "city", "templates/partials/header.ftlh", "i18n/messages_ja.properties", "--theme-dir", themes.toString());
    assertThat(copy.code).isZero();
    Path header = themes.resolve("city/templates/partials/header.ftlh");
    Path messages = themes.resolve("city/i18n/messages_ja.properties");
    // The default's template, after a line saying which version of it this is a copy of.
    assertThat(Files.readString(header)).startsWith("<#-- kokai theme: copied from the default theme of kokai ")
        .endsWith("-->\n" + Files.readString(Path.of("themes/default/templates/partials/header.ftlh")));
    assertThat(Files.readAllLines(messages)).filteredOn(l -> !l.isBlank()).allSatisfy(l -> assertThat(l).startsWith("#"))
        .anySatisfy(l -> assertThat(l).isEqualTo("#nav.search=検索"));
    Files.writeString(header, Files.readString(header).replace("<header", "<!-- 市の版 --><header"));
    Files.writeString(messages, Files.readString(messages).replace("#nav.search=検索", "nav.search=さがす"));
    Run again = run("theme", "city", "templates/partials/header.ftlh", "--theme-dir", themes.toString());
    assertThat(again.out).contains("kept " + header);
    assertThat(Files.readString(header)).contains("市の版");
    // Nor through a link of the theme's, even one to nothing.
    Path nowhere = dir.resolve("nowhere.ftlh");
    Files.createSymbolicLink(themes.resolve("city/templates/home.ftlh"), nowhere);
    assertThat(run("theme", "city", "templates/home.ftlh", "--theme-dir", themes.toString()).out()).contains("kept ");
    assertThat(nowhere).doesNotExist();
    Files.delete(themes.resolve("city/templates/home.ftlh"));

    Files.writeString(made.resolve("content/site.yaml"), Files.readString(made.resolve("content/site.yaml")).replace("theme: default", "theme: city"));
    Run build = run("build", "--content", made.resolve("content").toString(), "--out", made.resolve("site").toString());
    assertThat(build.code).as(build.err).isZero();
    assertThat(build.err).doesNotContain("themes/city");
    String home = Files.readString(made.resolve("site/index.html"));
    assertThat(home).contains("市の版", "さがす");
  }
  /**
   * kokai theme puts the copy where the build looks, beside the content folder, whatever folder it
   * is run in; with no site there it says so instead of making a theme that nothing reads. It takes
   * a default file as kokai's messages name it (themes/default/…), says when site.yaml does not name
   * the theme yet, and says which file stands where the theme needs a folder.
   */
  @Test
  void theThemeCommandCopiesBesideTheContentFolderAsTheBuildLooksForIt() throws IOException {
    Path made = dir.resolve("city-site");
    assertThat(run("init", made.toString()).code).isZero();
    Run nowhere = run("theme", "city", "templates/partials/header.ftlh", "--content", dir.resolve("content").toString());
    assertThat(nowhere.code).isEqualTo(2);
    assertThat(nowhere.err).contains("there is no site's content folder at " + dir.resolve("content"), "give --content FOLDER");
    assertThat(dir.resolve("themes")).doesNotExist();

    Run copy = run("theme", "city", "themes/default/templates/partials/header.ftlh", "--content", made.resolve("content").toString());
    assertThat(copy.code).as(copy.err).isZero();
    assertThat(Files.readString(made.resolve("themes/city/templates/partials/header.ftlh")))
        .endsWith(Files.readString(Path.of("themes/default/templates/partials/header.ftlh")));
    assertThat(copy.out).contains("once " + made.resolve("content/site.yaml") + " says theme: city (it says theme: default now)");

    Files.writeString(made.resolve("themes/city/assets"), "");
    Run blocked = run("theme", "city", "assets/css/site.css", "templates/home.ftlh",
        "--content", made.resolve("content").toString());
    assertThat(blocked.code).isEqualTo(4);
    assertThat(blocked.err).contains("cannot copy assets/css/site.css: " + made.resolve("themes/city/assets")
        + " is a file, where the theme needs a folder");
    assertThat(made.resolve("themes/city/templates/home.ftlh")).exists();
  }

  /**
   * Run inside the content folder, where its default --content names content/content, kokai theme
   * says the folder is the content itself, by the same rule as the build says so (tests cannot
   * change the working folder, so the content is named from inside it as the default would).
   */
  @Test
  void theThemeCommandRunInsideTheContentFolderSaysSoAsTheBuildDoes() {
    Path made = dir.resolve("city-site");
    assertThat(run("init", made.toString()).code).isZero();
    String named = made.resolve("content/content").toString();
    Run theme = run("theme", "city", "templates/home.ftlh", "--content", named);
    assertThat(theme.code).isEqualTo(2);
    assertThat(theme.err).contains("kokai theme: " + made.resolve("content") + " is a site's content itself, and its theme goes in"
        + " themes/ beside it: run the command in the folder above it, or give --content " + made.resolve("content"));
    assertThat(made.resolve("content/themes")).doesNotExist();
    assertThat(run("check", "--content", named).err)
        .contains("the content folder does not exist: this folder, " + made.resolve("content") + ", is the content itself");
    // A --content mistyped below the content: the folder meant is named, not the working folder.
    Run typo = run("theme", "city", "templates/home.ftlh", "--content", made.resolve("content/contnet").toString());
    assertThat(typo.err).contains("give --content " + made.resolve("content"));
  }

  /**
   * Asked again for a file the theme has, which says it is a copy of a version of the default's
   * file that this kokai's default has changed since, kokai theme keeps it and says how to start
   * again from the new one.
   */
  @Test
  void theThemeCommandSaysWhenTheDefaultHasChangedAFileTheThemeHasACopyOf() throws IOException {
    Path made = dir.resolve("city-site");
    assertThat(run("init", made.toString()).code).isZero();
    String content = made.resolve("content").toString();
    assertThat(run("theme", "city", "templates/home.ftlh", "--content", content).code).isZero();
    Path home = made.resolve("themes/city/templates/home.ftlh");
    assertThat(run("theme", "city", "templates/home.ftlh", "--content", content).out())
        .contains("kept " + home + ": the theme has it already (delete it first");
    Files.writeString(home, Files.readString(home).replaceFirst("\\(version [0-9a-f]{12} ", "(version 0123456789ab "));
    Run again = run("theme", "city", "templates/home.ftlh", "--content", content);
    assertThat(again.code).isZero();
    assertThat(again.out).contains("kept " + home + ": the theme has it already; it is a copy from kokai ",
        "this kokai's default has changed the file since: move the copy out of the theme's folder to keep it for comparing (e.g. to "
            + made.resolve("home.ftlh.old") + ", beside the themes folder), copy the new default with java -jar kokai.jar theme city"
            + " templates/home.ftlh and make the city's changes in it again");
  }
}

package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import kokai.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importer writes, keeps and skips when several sheets and files meet a content folder. */
class ImporterFilesTest {
  @Test
  void aBrokenSheetAmongGoodOnesIsSkippedAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
    String broken = Seed.sheet("089").replace("優先度\t3\t", "優先度\tとても高い\t");
    String text = Seed.sheet("088") + broken + Seed.sheet("090");
    Path file = Fixtures.write(dir, "three.txt", text.getBytes(StandardCharsets.UTF_8));
    int line = text.lines().toList().indexOf("優先度\tとても高い\t市民ニーズや市民生活への影響等を鑑みて、継続して実施する必要がある。") + 1;

    ImportReport r = Fixtures.run(dir.resolve("out"), false, file);

    assertThat(r.written()).extracting(Path::toString).containsExactly(
        Path.of("sheets", "2022", "088.yaml").toString(), Path.of("sheets", "2022", "090.yaml").toString());
    assertThat(dir.resolve("out/sheets/2022/089.yaml")).doesNotExist();
    assertThat(r.ok()).isFalse();
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(ImportReport.Reason.UNREADABLE);
      assertThat(s.what()).isEqualTo(file + ":" + (Seed.sheet("088").lines().count() + 1) + ":1" // 089's heading
          + " (089 庁内情報化事業(イントラとパソコンの整備))");
    });
    Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertThat(d.location().file()).isEqualTo(file);
    assertThat(d.location().line()).isEqualTo(line);
    assertThat(d.field()).isEqualTo("evaluation.priority.score");
    assertThat(r.summary()).isEqualTo("imported 2, skipped 1 (1 could not be read), unchanged 0");
  }

  /** Text copied from a PDF viewer, or the PDF itself: one error saying so, not one for every line. */
  @Test
  void aFileWithoutTabsOrAPdfIsOneErrorThatSaysWhy(@TempDir Path dir) throws Exception {
    Path spaces = Fixtures.write(dir, "spaces.txt", Seed.sheet("088").replace('\t', ' ').getBytes(StandardCharsets.UTF_8));
    Path pdf = Fixtures.write(dir, "sheets.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, spaces, pdf);

    assertThat(r.ok()).isFalse();
    assertThat(r.written()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.location().file() + ": " + d.message()).containsExactly(
        pdf + ": this is a PDF file: import reads the sheets' text, with a tab between cells",
        spaces + ": the file has no tab: import reads the sheets' text with a tab between cells, and here the cells"
            + " are separated by spaces, commas or nothing");
  }

  /** A file of two sheets, one of them copied from a PDF viewer: one error for that sheet, the other imported. */
  @Test
  void aSheetWithoutTabsBesideAGoodOneIsOneError(@TempDir Path dir) throws Exception {
    Path mixed = Fixtures.write(dir, "mixed.txt", (Seed.sheet("088") + Seed.sheet("089").replace('\t', ' '))
        .getBytes(StandardCharsets.UTF_8));
    Path xlsx = Fixtures.write(dir, "sheets.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
    Path xls = Fixtures.write(dir, "sheets.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1});

    ImportReport r = Fixtures.run(dir.resolve("out"), false, mixed, xlsx, xls);

    assertThat(r.written()).extracting(Path::toString).containsExactly(Path.of("sheets", "2022", "088.yaml").toString());
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.what()).endsWith("(089 庁内情報化事業(イントラとパソコンの整備))"));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> d.location().file().getFileName() + ":"
        + d.location().line() + ": " + d.message()).containsExactly(
        "mixed.txt:" + (Seed.sheet("088").lines().count() + 1) + ": import reads the sheets' text with a tab between cells,"
            + " and here the cells are separated by spaces, commas or nothing",
        "sheets.xls:0: this is a spreadsheet (.xls) or other Office file: import reads the sheets' text, with a tab between cells",
        "sheets.xlsx:0: this is a spreadsheet (.xlsx) or other zip file: import reads the sheets' text, with a tab between cells");
  }

  @Test
  void aFileCutOffInItsLastSheetLosesThatSheetOnly(@TempDir Path dir) throws Exception {
    String last = Seed.sheet("090");
    String cut = last.substring(0, last.indexOf("事業の成果と課題"));
    String text = Seed.sheet("088") + Seed.sheet("089") + cut;
    Path file = Fixtures.write(dir, "cut.txt", text.getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, file);

    assertThat(r.written()).extracting(Path::toString).containsExactly(
        Path.of("sheets", "2022", "088.yaml").toString(), Path.of("sheets", "2022", "089.yaml").toString());
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(ImportReport.Reason.UNREADABLE));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("the file ends in this sheet", "事業の成果と課題", "cut off"));

    // Alone in its file, a sheet without its last parts cannot be told from a shorter form: it is written, with warnings.
    Path alone = Fixtures.write(dir, "alone.txt", cut.getBytes(StandardCharsets.UTF_8));
    ImportReport one = Fixtures.run(dir.resolve("one"), false, alone);
    assertThat(one.written()).hasSize(1);
    assertThat(one.diagnostics()).noneMatch(Diagnostic::isError).anyMatch(d -> d.message().contains("no part 方向性"));
  }

  @Test
  void aDifferingFileIsKeptUnlessForced(@TempDir Path dir) throws Exception {
    Path file = Fixtures.write(dir, "088.txt", Seed.sheet("088").getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");
    Fixtures.run(out, false, file);
    Path written = out.resolve("sheets/2022/088.yaml");
    String imported = Files.readString(written);
    Files.writeString(written, imported.replace("reason: null", "reason: 職員が追記した理由"));

    ImportReport kept = Fixtures.run(out, false, file);

    assertThat(Files.readString(written)).contains("職員が追記した理由");
    assertThat(kept.ok()).isFalse();
    assertThat(kept.skipped()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(ImportReport.Reason.DIFFERS);
      assertThat(s.what()).isEqualTo("sheets/2022/088.yaml");
    });
    assertThat(kept.diagnostics()).anySatisfy(d -> {
      assertThat(d.location().file()).isEqualTo(written);
      assertThat(d.hint()).contains("--force");
    });

    ImportReport forced = Fixtures.run(out, true, file);

    assertThat(forced.ok()).isTrue();
    assertThat(forced.written()).hasSize(1);
    assertThat(written).hasContent(imported);
    assertThat(out).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void aSheetAlreadyKeptAsJsonIsNotWrittenAgainAsYaml(@TempDir Path dir) throws Exception {
    Path file = Fixtures.write(dir, "088.txt", Seed.sheet("088").getBytes(StandardCharsets.UTF_8));
    Path json = Files.createDirectories(dir.resolve("out/sheets/2022")).resolve("088.json");
    Files.writeString(json, "{}");

    ImportReport r = Fixtures.run(dir.resolve("out"), true, file);

    assertThat(dir.resolve("out/sheets/2022/088.yaml")).doesNotExist();
    assertThat(r.skipped()).singleElement().extracting(ImportReport.Skipped::reason)
        .isEqualTo(ImportReport.Reason.DEFINED_ELSEWHERE);
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.location().file()).isEqualTo(json));
  }

  @Test
  void theSameSheetTwiceIsWrittenOnce(@TempDir Path dir) {
    Path a = Fixtures.write(dir, "a.txt", Seed.sheet("088").getBytes(StandardCharsets.UTF_8));
    Path b = Fixtures.write(dir, "b.txt", Seed.sheet("088").getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, a, b);

    assertThat(r.written()).hasSize(1);
    assertThat(r.skipped()).singleElement().extracting(ImportReport.Skipped::reason)
        .isEqualTo(ImportReport.Reason.DUPLICATE);
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("first at " + a + ":1:1"));
  }

  @Test
  void textBeforeTheFirstSheetAndAMissingPartAreWarningsOnly(@TempDir Path dir) {
    String sheet = Seed.sheet("088");
    String withoutParticipation = sheet.substring(0, sheet.indexOf("市民参加の取組状況"))
        + sheet.substring(sheet.indexOf("指標の推移"));
    Path file = Fixtures.write(dir, "088.txt", ("つくば市 令和4年度 事務事業評価\n" + withoutParticipation)
        .getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, file);

    assertThat(r.ok()).isTrue();
    assertThat(r.written()).hasSize(1);
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("text before the first sheet heading"))
        .anySatisfy(m -> assertThat(m).contains("no part 市民参加の取組状況"));
  }

  /** Advice to edit what was imported names the content file, since the warning is placed in the text file. */
  @Test
  void aWarningsAdviceNamesTheFileItsSheetIsWrittenTo(@TempDir Path dir) {
    Path out = dir.resolve("out");
    TreeMap<Integer, String> sheetFrom = new TreeMap<>(); // a sheet's heading line → its id
    int heading = 0;
    List<String> lines = Seed.text().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(Seed.HEADING)) {
        heading = i + 1;
      } else if (lines.get(i).startsWith("事務事業名\t")) {
        sheetFrom.put(heading, lines.get(i).split("\t")[1].split(" ")[0]);
      }
    }

    ImportReport r = Fixtures.run(out, false, Seed.path());

    List<Diagnostic> advised = r.diagnostics().stream().filter(d -> d.hint() != null).toList();
    assertThat(advised).extracting(Diagnostic::hint).noneMatch(h -> h.contains(Problems.WRITTEN_FILE));
    List<Diagnostic> naming = advised.stream().filter(d -> d.hint().endsWith(".yaml")).toList();
    assertThat(naming).isNotEmpty().allSatisfy(d -> assertThat(d.hint()).endsWith(" in "
        + out.resolve("sheets/2022/" + sheetFrom.floorEntry(d.location().line()).getValue() + ".yaml")
            .toString().replace('\\', '/')));
  }

  @Test
  void anExistingSiteConfigIsLeftAlone(@TempDir Path dir) throws Exception {
    Path file = Fixtures.write(dir, "088.txt", Seed.sheet("088").getBytes(StandardCharsets.UTF_8));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("site.yaml"), "title: 既存\ncity: 既存市\n");

    ImportReport r = Fixtures.run(out, false, file);

    assertThat(r.siteWritten()).isFalse();
    assertThat(out.resolve("site.yaml")).hasContent("title: 既存\ncity: 既存市\n");
  }

  @Test
  void aFileWithoutSheetsAndAMissingFileAreErrors(@TempDir Path dir) {
    Path empty = Fixtures.write(dir, "notes.txt", "メモ\n".getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, empty, dir.resolve("missing.txt"));

    assertThat(r.ok()).isFalse();
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("no sheet found"))
        .anySatisfy(m -> assertThat(m).contains("cannot read the input file"));
  }

  @Test
  void anImportThatReadsNoSheetLeavesNoContentFolderBehind(@TempDir Path dir) {
    // A file read in the wrong encoding has no heading: no folder to build an empty site from.
    Path wrong = Fixtures.write(dir, "r4.txt", Seed.sheet("088").getBytes(java.nio.charset.Charset.forName("UTF-16LE")));
    Path broken = Fixtures.write(dir, "broken.txt",
        Seed.sheet("088").replace("優先度\t3\t", "優先度\t9\t").getBytes(StandardCharsets.UTF_8));

    ImportReport r = Fixtures.run(dir.resolve("out"), false, wrong, broken);

    assertThat(r.ok()).isFalse();
    assertThat(r.written()).isEmpty();
    assertThat(r.siteWritten()).isFalse();
    assertThat(dir.resolve("out")).doesNotExist();
  }
}

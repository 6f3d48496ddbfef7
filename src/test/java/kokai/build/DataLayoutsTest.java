package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kokai.load.Content;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.render.data.DataFiles;
import kokai.render.data.SheetList;
import kokai.testutil.SampleContent;
import kokai.testutil.SheetCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLayoutsTest {
  @TempDir Path dir;

  /**
   * sheets.csv names each sheet's project, so a sheet that parts from its earlier years (newProject)
   * changes the row of a sheet it did not touch: 2023/101, linked to 2022/088, now belongs to
   * 2022/088's project instead of 2021/088's. Splicing the edited sheet's row alone would leave that
   * row as it was; the list is written whole instead, and holds what a build writes.
   */
  @Test
  void aListIsNotSplicedOnceWhatItSaysBeyondEachSheetChanged() throws IOException {
    Content content = SampleContent.load(dir.resolve("content"));
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("data"));
    DataFiles data = new DataFiles(content.site());
    DataLayouts layouts = new DataLayouts(site);
    List<Sheet> sheets = content.sheets();
    for (SheetList list : data.lists(sheets)) {
      try (OutputStream out = Files.newOutputStream(site.resolve(list.path()))) {
        layouts.writeWhole(list.path(), list, sheets, out);
      }
    }
    layouts.settle();
    SheetRef parted = new SheetRef(2022, "088");
    List<Sheet> after = sheets.stream().map(s -> s.ref().equals(parted) ? SheetCopies.with(s, "newProject", true) : s).toList();
    PreviewSink sink = new PreviewSink(site, () -> false);
    for (SheetList list : data.lists(after)) {
      int spliced = layouts.splice(list.path(), list, after, sink);
      boolean namesProjects = list.path().equals(DataFiles.SHEETS_CSV) || list.path().equals(DataFiles.SHEETS_CSV_EN)
          || list.path().equals(DataFiles.SHEETS_JSON);
      assertThat(spliced).as(list.path()).isEqualTo(namesProjects ? -1 : 1);
      if (!namesProjects) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        list.write(after, whole);
        assertThat(Files.readAllBytes(site.resolve(list.path()))).as(list.path()).isEqualTo(whole.toByteArray());
      }
    }
    assertThat(row101(data.lists(sheets).get(0), sheets)).endsWith(",2021/088");
    assertThat(row101(data.lists(after).get(0), after)).as("a row the edit did not touch").endsWith(",2022/088");
  }

  /** The row of 2023/101 in sheets.csv written whole. */
  private static String row101(SheetList csv, List<Sheet> sheets) {
    assertThat(csv.path()).isEqualTo(DataFiles.SHEETS_CSV);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.write(sheets, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("2023,") && l.contains(",101,")).findFirst().orElseThrow();
  }
}

package kokai.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/data.md documents every column the CSV files have, under both headers, in the files' order. */
class DataDocsTest {
  @Test
  void everyColumnIsDocumentedWithItsJapaneseHeaderAndEnglishKey() throws IOException {
    String doc = Files.readString(Path.of("docs/data.md"), StandardCharsets.UTF_8);
    List<List<? extends Column<?>>> files = List.of(new SheetsCsv(new DataUrls(null)).columns(),
        CostsCsv.columns(Csv.Lang.JA), SheetCsv.columns(Csv.Lang.JA));
    for (List<? extends Column<?>> columns : files) {
      assertThat(columns).isNotEmpty();
      // documented in the order the file has them, which programs and spreadsheets may rely on
      int before = -1;
      for (Column<?> c : columns) {
        String row = "| " + c.ja() + " | `" + c.en() + "` |";
        assertThat(doc).as(c.en()).contains(row);
        int at = doc.indexOf(row, before + 1);
        assertThat(at).as(c.en() + " after the column before it").isGreaterThan(before);
        before = at;
      }
    }
    for (CostsCsv.Item item : CostsCsv.Item.values()) {
      assertThat(doc).contains(item.ja + " `" + item.key + "`");
    }
  }
}

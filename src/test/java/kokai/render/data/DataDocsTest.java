package kokai.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/data.md documents every column the CSV files have, under both headers. */
class DataDocsTest {
  @Test
  void everyColumnIsDocumentedWithItsJapaneseHeaderAndEnglishKey() throws IOException {
    String doc = Files.readString(Path.of("docs/data.md"), StandardCharsets.UTF_8);
    List<Column<?>> all = new java.util.ArrayList<>();
    all.addAll(new SheetsCsv(new DataUrls(null)).columns());
    all.addAll(CostsCsv.columns(Csv.Lang.JA));
    all.addAll(SheetCsv.columns(Csv.Lang.JA));
    assertThat(all).isNotEmpty();
    for (Column<?> c : all) {
      assertThat(doc).as(c.en()).contains("| " + c.ja() + " | `" + c.en() + "` |");
    }
    for (CostsCsv.Item item : CostsCsv.Item.values()) {
      assertThat(doc).contains(item.ja + " `" + item.key + "`");
    }
  }
}

package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets exported as Shift_JIS (CP932, with Windows line ends), UTF-8, UTF-8 with a BOM and UTF-16
 * with a BOM (a spreadsheet's "Unicode text") give the same content files.
 */
class EncodingTest {
  /** As a CP932 export writes it: CP932 has no U+2014 (—), its dash is U+2015 (―). */
  private static final String TEXT = Seed.sheet("090").replace('—', '―') + Seed.sheet("091").replace('—', '―');

  @Test
  void cp932AndUtf8WithAndWithoutBomGiveTheSameFiles(@TempDir Path dir) throws Exception {
    Path utf8 = Fixtures.write(dir, "utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Path bom = Fixtures.write(dir, "bom.txt", withBom(TEXT.getBytes(StandardCharsets.UTF_8)));
    Path cp932 = Fixtures.write(dir, "cp932.txt", TEXT.replace("\n", "\r\n").getBytes(Charset.forName("windows-31j")));
    Path utf16 = Fixtures.write(dir, "utf16.txt", ("\uFEFF" + TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));
    Path utf16be = Fixtures.write(dir, "utf16be.txt", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE));

    ImportReport a = Fixtures.run(dir.resolve("a"), false, utf8);
    ImportReport b = Fixtures.run(dir.resolve("b"), false, bom);
    ImportReport c = Fixtures.run(dir.resolve("c"), false, cp932);
    ImportReport d = Fixtures.run(dir.resolve("d"), false, utf16);
    ImportReport e = Fixtures.run(dir.resolve("e"), false, utf16be);

    assertThat(a.written()).hasSize(2).isEqualTo(b.written()).isEqualTo(c.written()).isEqualTo(d.written()).isEqualTo(e.written());
    for (Path rel : a.written()) {
      byte[] expected = Files.readAllBytes(dir.resolve("a").resolve(rel));
      for (String other : new String[] {"b", "c", "d", "e"}) {
        assertThat(dir.resolve(other).resolve(rel)).hasBinaryContent(expected);
      }
    }
    assertThat(Files.readString(dir.resolve("c/sheets/2022/091.yaml"))).contains("title: マイナンバーカード普及促進のための全庁");
  }

  @Test
  void theDetectedEncodingIsUtf8WhenTheBytesDecodeAndWindows31jOtherwise() {
    byte[] sjis = "令和 4年度".getBytes(Charset.forName("windows-31j"));

    assertThat(TextDecoder.decode(sjis, Optional.empty()).charset()).isEqualTo(TextDecoder.WINDOWS_31J);
    assertThat(TextDecoder.decode(sjis, Optional.empty()).text()).isEqualTo("令和 4年度");
    assertThat(TextDecoder.decode(withBom("令和".getBytes(StandardCharsets.UTF_8)), Optional.empty()).text())
        .isEqualTo("令和");
  }

  @Test
  void aForcedEncodingIsUsedEvenWhenAnotherWouldDecode(@TempDir Path dir) {
    byte[] bytes = TEXT.getBytes(Charset.forName("windows-31j"));
    Path file = Fixtures.write(dir, "sheets.txt", bytes);

    ImportReport wrong = Fixtures.run(dir.resolve("wrong"), StandardCharsets.UTF_8, file);
    ImportReport right = Fixtures.run(dir.resolve("right"), Charset.forName("windows-31j"), file);

    assertThat(wrong.written()).isEmpty();
    assertThat(right.written()).hasSize(2);
  }

  @Test
  void aFileThatIsNotInTheForcedEncodingIsRefusedAtItsFirstBadByte(@TempDir Path dir) {
    // The plain Shift_JIS has no ② (in 091's indicator), which CP932 writes.
    Path file = Fixtures.write(dir, "sheets.txt", TEXT.getBytes(Charset.forName("windows-31j")));
    int line = (int) TEXT.substring(0, TEXT.indexOf('②')).chars().filter(c -> c == '\n').count() + 1;

    ImportReport r = Fixtures.run(dir.resolve("out"), Charset.forName("Shift_JIS"), file);

    assertThat(r.written()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("the file is not Shift_JIS: bytes at 2 places do not decode");
      assertThat(d.location().line()).isEqualTo(line);
      assertThat(d.hint()).contains("--encoding");
    });
  }

  @Test
  void aStrayByteInAUtf8FileCostsOnlyTheSheetItIsIn(@TempDir Path dir) throws Exception {
    String text = Seed.sheet("090") + Seed.sheet("091");
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("目的", text.indexOf("091"));
    int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, byteAt);
    bad[byteAt] = (byte) 0xFF;
    System.arraycopy(good, byteAt, bad, byteAt + 1, good.length - byteAt);
    Path file = Fixtures.write(dir, "sheets.txt", bad);

    ImportReport r = Fixtures.run(dir.resolve("out"), false, file);

    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    assertThat(r.written()).extracting(Path::toString).containsExactly("sheets/2022/090.yaml");
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.message()).contains("not UTF-8");
      assertThat(d.location().line()).isEqualTo(line);
    });
  }

  private static byte[] withBom(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(bytes);
    return out.toByteArray();
  }
}

package kokai.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kokai.diag.TextBytes;

/**
 * Turns the bytes of an exported sheet file into text. Office software in Japan still writes
 * Shift_JIS (in its Windows form, windows-31j); newer exports write UTF-8, sometimes with a BOM.
 * Unless an encoding is given, a file is UTF-8 when it decodes as UTF-8 but for a damaged byte or
 * two ({@link TextBytes}), since Shift_JIS text almost never does.
 */
final class TextDecoder {
  static final Charset WINDOWS_31J = TextBytes.WINDOWS_31J;

  private TextDecoder() {}

  /** The text, its encoding, and the places where UTF-8 had damaged bytes. */
  record Decoded(String text, Charset charset, List<TextBytes.Place> damaged) {}

  static Decoded decode(byte[] bytes, Optional<Charset> forced) {
    if (forced.isPresent()) {
      Charset cs = forced.get();
      int from = cs.equals(StandardCharsets.UTF_8) && TextBytes.hasUtf8Bom(bytes) ? 3 : 0;
      return new Decoded(new String(bytes, from, bytes.length - from, cs), cs, List.of());
    }
    TextBytes.Decoded d = TextBytes.decode(bytes);
    return new Decoded(d.text(), d.charset(), d.damaged());
  }
}

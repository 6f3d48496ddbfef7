package kokai.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kokai.diag.TextBytes;

/**
 * Turns the bytes of an exported sheet file into text. Office software in Japan still writes
 * Shift_JIS (in its Windows form, windows-31j); newer exports write UTF-8, sometimes with a BOM,
 * and a spreadsheet's "Unicode text" is UTF-16 with a BOM. Unless an encoding is given, a file
 * with UTF-16's BOM is UTF-16, and one is UTF-8 when it decodes as UTF-8 but for a damaged byte
 * or two ({@link TextBytes}), since Shift_JIS text almost never does.
 */
final class TextDecoder {
  static final Charset WINDOWS_31J = TextBytes.WINDOWS_31J;

  private TextDecoder() {}

  /** The text, its encoding, and the places where bytes did not decode. */
  static TextBytes.Decoded decode(byte[] bytes, Optional<Charset> forced) {
    Optional<Charset> cs = forced.isPresent() ? forced : hasUtf16Bom(bytes) ? Optional.of(StandardCharsets.UTF_16) : Optional.empty();
    return cs.isPresent() ? TextBytes.decode(bytes, cs.get()) : TextBytes.decode(bytes);
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }
}

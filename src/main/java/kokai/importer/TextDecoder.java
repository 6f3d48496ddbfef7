package kokai.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an exported sheet file into text. Office software in Japan still writes
 * Shift_JIS (in its Windows form, windows-31j); newer exports write UTF-8, sometimes with a BOM.
 * A file that decodes as strict UTF-8 is UTF-8, since Shift_JIS text almost never does.
 */
final class TextDecoder {
  static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private TextDecoder() {}

  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, Optional<Charset> forced) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (forced.isPresent()) {
      Charset cs = forced.get();
      int from = cs.equals(StandardCharsets.UTF_8) ? start : 0;
      return new Decoded(new String(bytes, from, bytes.length - from, cs), cs);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
      return new Decoded(text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_31J), WINDOWS_31J);
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}

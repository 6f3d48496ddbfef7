package kokai.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text files that are UTF-8 or Shift_JIS (in its Windows form, windows-31j), the two
 * encodings Japanese offices write. A file that is UTF-8 but for a damaged byte or two (a copy cut
 * off in the middle of a character, one stray byte) stays UTF-8, with each damaged place known by
 * line and column, instead of being read whole as Shift_JIS, which would garble every line.
 *
 * <pre>{@code
 * TextBytes.Decoded d = TextBytes.decode(bytes);
 * d.text();       // the text, U+FFFD where a byte was not UTF-8
 * d.damaged();    // [line 12, column 7] ...
 * }</pre>
 */
public final class TextBytes {
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  /** At most this many damaged places, and one per this many characters beyond ASCII, for a file to stay UTF-8. */
  private static final int MAX_DAMAGED = 8;
  private static final int CHARS_PER_DAMAGED = 50;

  private TextBytes() {}

  /** A place in the text (1-based line and column) where bytes were not UTF-8. */
  public record Place(int line, int column) {}

  /** The text, the encoding it was read in, and where UTF-8 had damaged bytes (empty otherwise). */
  public record Decoded(String text, Charset charset, List<Place> damaged) {}

  /** Decodes {@code bytes} (a UTF-8 byte-order mark is skipped) as UTF-8 when they are, or nearly are, else as windows-31j. */
  public static Decoded decode(byte[] bytes) {
    Attempt utf8 = attempt(bytes, StandardCharsets.UTF_8, MAX_DAMAGED + 1);
    if (utf8.bad().isEmpty()) {
      return new Decoded(utf8.text(), StandardCharsets.UTF_8, List.of());
    }
    long wide = utf8.text().chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
    if (utf8.bad().size() <= MAX_DAMAGED && wide >= (long) CHARS_PER_DAMAGED * utf8.bad().size()) {
      return new Decoded(utf8.text(), StandardCharsets.UTF_8, places(utf8.text(), utf8.bad()));
    }
    return new Decoded(new String(bytes, WINDOWS_31J), WINDOWS_31J, List.of());
  }

  /**
   * Decodes {@code bytes} as {@code charset} (a UTF-8 byte-order mark is skipped; UTF-16's decoder
   * reads its own), U+FFFD for each sequence of bytes it does not map, every one of them placed.
   */
  public static Decoded decode(byte[] bytes, Charset charset) {
    Attempt a = attempt(bytes, charset, Integer.MAX_VALUE);
    return new Decoded(a.text(), charset, places(a.text(), a.bad()));
  }

  /** The text so far and the offsets of its U+FFFD standing for bytes that did not decode. */
  private record Attempt(String text, List<Integer> bad) {}

  /** Decodes until the end, or until {@code limit} places did not decode. */
  private static Attempt attempt(byte[] bytes, Charset charset, int limit) {
    int start = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<Integer> bad = new ArrayList<>();
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        bad.add(out.position());
        out.put('\uFFFD');
        in.position(in.position() + r.length());
        if (bad.size() >= limit) {
          break;
        }
        continue;
      }
      decoder.flush(out);
      break;
    }
    return new Attempt(out.flip().toString(), bad);
  }

  /** The places of the damaged characters; a run of them side by side (one broken character) is one place. */
  private static List<Place> places(String text, List<Integer> offsets) {
    List<Place> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int next = 0;
    for (int i = 0; i < text.length() && next < offsets.size(); i++) {
      if (i == offsets.get(next)) {
        if (next == 0 || offsets.get(next - 1) != i - 1) {
          out.add(new Place(line, i - lineStart + 1));
        }
        next++;
      }
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return List.copyOf(out);
  }

  /** Whether the bytes begin with UTF-8's byte-order mark. */
  public static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}

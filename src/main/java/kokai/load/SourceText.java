package kokai.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;

/** Reads a content file as strict UTF-8 (a BOM is allowed), reporting where it is not. */
final class SourceText {
  private SourceText() {}

  static Optional<String> read(Path file, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error(SourceLocation.of(file), null, "cannot read the file: " + e.getMessage(),
          "check that the file exists and can be read");
      return Optional.empty();
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // The JDK's own decoding into a string is the fastest; it replaces what is not UTF-8 by U+FFFD,
    // so only a text with U+FFFD in it (rare, and perhaps written so) is decoded again strictly.
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return Optional.of(text);
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer out = dec.decode(in);
      return Optional.of(out.toString());
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes, start);
      int line = 1;
      int lineStart = start;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      diags.error(new SourceLocation(file, line, column), null,
          "the file is not UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + ")",
          "save the file as UTF-8 (in most editors: 'save with encoding' or 'save as' → UTF-8)");
      return Optional.empty();
    }
  }

  private static int firstBadByte(byte[] bytes, int start) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    dec.decode(in, out, true);
    return in.position();
  }
}

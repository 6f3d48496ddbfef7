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
import java.util.Locale;
import java.util.Optional;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.diag.TextBytes;

/** Reads a content file as strict UTF-8 (a BOM is allowed), reporting where it is not. */
final class SourceText {
  private SourceText() {}

  /**
   * The largest content file read: far above any sheet or page (a few kilobytes; a text field may
   * hold a million characters, about 3 MB), and low enough that a file pasted full by mistake
   * is refused with its name rather than filling the memory. The YAML parser refuses a document
   * of more than about 3 million characters itself.
   */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  static Optional<String> read(Path file, Diagnostics diags) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        diags.error(SourceLocation.of(file), null, String.format(Locale.ROOT,
            "the file is %,d KB, more than a content file may be (%,d KB)", (size + 1023) / 1024, MAX_BYTES / 1024),
            SyntaxProblems.HUGE_FILE_HINT);
        return Optional.empty();
      }
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
      notUtf8(file, bytes, start, diags);
      return Optional.empty();
    }
  }

  /** Says which encoding the file is in, when it is one office programs write, and where the first byte is that UTF-8 refuses. */
  private static void notUtf8(Path file, byte[] bytes, int start, Diagnostics diags) {
    String fix = "save the file as UTF-8: in Notepad, 'Save As' with Encoding UTF-8; in VS Code, 'Save with Encoding' → UTF-8";
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    if (utf16) {
      diags.error(new SourceLocation(file, 1, 1), null, "the file is saved as UTF-16 (Unicode), not UTF-8", fix);
      return;
    }
    if (isBinary(bytes)) {
      boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
      diags.error(new SourceLocation(file, 1, 1), null, zip
              ? "the file is not text but a packed file, such as an Excel workbook (.xlsx) saved under this name"
              : "the file is not text but binary data",
          "write the sheet as text in UTF-8 (YAML or JSON); a workbook is not read as a sheet");
      return;
    }
    boolean sjis = TextBytes.decode(bytes).charset().equals(TextBytes.WINDOWS_31J);
    int bad = firstBadByte(bytes, start);
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, bad - lineStart, sjis ? TextBytes.WINDOWS_31J : StandardCharsets.UTF_8).length() + 1;
    diags.error(new SourceLocation(file, line, column), null, sjis
            ? "the file is saved as Shift_JIS (ANSI / CP932, as Excel and older Notepad write), not UTF-8"
            : "the file is not UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + ")",
        fix);
  }

  /** NUL bytes, which no text in Shift_JIS or UTF-8 holds, in the first few kilobytes. */
  private static boolean isBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
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

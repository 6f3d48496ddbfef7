package kokai.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints diagnostics for people: the one-line form, then the source line and a caret under the
 * column, as compilers do.
 *
 * <pre>
 * content/sheets/2022/088.yaml:12:10: error: evaluation.progress.score: 7 is outside 1–5 (use a whole number from 1 to 5)
 *    12 |     score: 7
 *       |            ^
 * </pre>
 */
public final class DiagnosticFormatter {
  /** The most characters of a source line shown under a diagnostic. */
  static final int SHOWN = 160;
  private final Map<Path, List<String>> lines = new HashMap<>();

  public String format(Diagnostic d) {
    // The message may quote the content (a name, a text): its control characters are drawn too.
    StringBuilder sb = new StringBuilder(visible(d.oneLine())).append('\n');
    Optional<Shown> shown = shown(d);
    if (shown.isPresent()) {
      Shown line = shown.get();
      String num = line.gutter();
      sb.append(num).append(line.text()).append('\n');
      if (line.at() >= 0) {
        sb.append(" ".repeat(num.length() - 2)).append("| ");
        for (int i = 0; i < line.at(); i++) {
          char c = line.text().charAt(i);
          sb.append(c == '\t' ? '\t' : isWide(c) ? "  " : " ");
        }
        sb.append("^\n");
      }
    }
    return sb.toString();
  }

  /**
   * The source line a diagnostic points into, as shown under it: its number, its text (control
   * characters drawn, a long line cut around the column with "…") and where in that text the
   * column is (-1 when the diagnostic gives no column).
   */
  public record Shown(int number, String text, int at) {
    /** The line's number as it stands before the line: {@code "   12 | "}. */
    public String gutter() {
      return String.format("%5d | ", number);
    }
  }

  /** The line the diagnostic points into, when it names one its file has. */
  public Optional<Shown> shown(Diagnostic d) {
    SourceLocation at = d.location();
    if (at.line() <= 0) {
      return Optional.empty();
    }
    List<String> src = read(at.file());
    if (at.line() > src.size()) {
      return Optional.empty();
    }
    String line = src.get(at.line() - 1);
    // A line longer than a terminal's (a text pasted in by mistake can be megabytes) is shown
    // around the column only, cut at either end with "…".
    int from = line.length() <= SHOWN ? 0 : Math.max(0, Math.min(at.column() - 1 - SHOWN / 3, line.length() - SHOWN));
    int to = Math.min(line.length(), from + SHOWN);
    String text = (from > 0 ? "…" : "") + visible(line.substring(from, to)) + (to < line.length() ? "…" : "");
    int col = at.column() > 0 ? Math.min(at.column() - 1 - from + (from > 0 ? 1 : 0), text.length()) : -1;
    return Optional.of(new Shown(at.line(), text, col));
  }

  /**
   * The line with its control characters drawn as their pictures (NUL as ␀, one column each; C1
   * controls as �):
   * printed as they are they would be unseen, or upset the terminal, where a diagnostic points at one.
   */
  private static String visible(String line) {
    StringBuilder sb = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        sb = sb == null ? new StringBuilder(line) : sb;
        // C1 controls (0x9B starts a terminal command too) have no pictures: the replacement character.
        sb.setCharAt(i, c == 0x7F ? '\u2421' : c > 0x7F ? '\uFFFD' : (char) (0x2400 + c));
      }
    }
    return sb == null ? line : sb.toString();
  }

  /** All diagnostics, then a count line such as {@code 2 errors, 1 warning}. */
  public String formatAll(List<Diagnostic> ds) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : ds) {
      sb.append(format(d));
    }
    long errors = ds.stream().filter(Diagnostic::isError).count();
    long warnings = ds.size() - errors;
    if (!ds.isEmpty()) {
      sb.append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append('\n');
    }
    return sb.toString();
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static boolean isWide(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.HIRAGANA
        || b == Character.UnicodeBlock.KATAKANA
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < '\uFF61'
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
  }

  /**
   * The file's text as UTF-8 or, where it is not, as Shift_JIS (windows-31j), the two encodings
   * kokai reads, so the source line under a diagnostic is legible for imported files too.
   */
  private static String decode(byte[] bytes) {
    return TextBytes.decode(bytes).text();
  }

  private List<String> read(Path file) {
    return lines.computeIfAbsent(file, f -> {
      try {
        return List.of(decode(Files.readAllBytes(f)).split("\r\n|\r|\n", -1));
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }
}

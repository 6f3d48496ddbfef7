package kokai.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kokai.diag.Diagnostic;

/**
 * What an import did: the content files it wrote, those already identical, the sheets it skipped
 * and why, and every diagnostic (file, line, field) found on the way.
 *
 * <pre>{@code
 * ImportReport r = new Importer().run(request);
 * System.out.println(r.summary());   // "imported 5, skipped 1 (1 could not be read), unchanged 0"
 * }</pre>
 */
public record ImportReport(
    List<Path> written, List<Path> unchanged, List<Skipped> skipped, boolean siteWritten, List<Diagnostic> diagnostics) {

  public ImportReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    skipped = List.copyOf(skipped);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Why a sheet was not written. */
  public enum Reason {
    UNREADABLE("could not be read"),
    DUPLICATE("given twice in the input"),
    DIFFERS("existing file differs, not overwritten (use --force)"),
    DEFINED_ELSEWHERE("already in the content as .yml or .json"),
    UNWRITABLE("could not be written");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** A sheet not written: which one (a content path, or the input file and line) and why. */
  public record Skipped(String what, Reason reason) {}

  /** Whether every sheet was written or already identical, with no error. */
  public boolean ok() {
    return skipped.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** {@code imported N, skipped M (reasons), unchanged K}. */
  public String summary() {
    StringBuilder sb = new StringBuilder("imported " + written.size() + ", skipped " + skipped.size());
    if (!skipped.isEmpty()) {
      Map<Reason, Integer> counts = new LinkedHashMap<>();
      for (Reason r : Reason.values()) {
        int n = (int) skipped.stream().filter(s -> s.reason() == r).count();
        if (n > 0) {
          counts.put(r, n);
        }
      }
      sb.append(" (");
      counts.forEach((r, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(r.words()));
      sb.append(')');
    }
    return sb.append(", unchanged ").append(unchanged.size()).toString();
  }
}

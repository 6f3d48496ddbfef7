package kokai.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kokai.diag.Diagnostic;

/**
 * The outcome of a build: whether the site was published, every diagnostic (sorted), and figures
 * for the summary line and benchmarks (time per stage); {@code unchanged} counts the files whose
 * bytes were already published (kept as they were).
 */
public record BuildResult(boolean published, List<Diagnostic> diagnostics, int pages, int sheets, long files,
    long bytes, Duration elapsed, Map<String, Duration> stageTimes, long unchanged) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }

  /** Wall time per stage in run order, e.g. {@code load 0.41 s, index 0.01 s, render 1.20 s, …}. */
  public String timings() {
    StringBuilder sb = new StringBuilder();
    stageTimes.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ")
        .append(String.format(java.util.Locale.ROOT, "%s %.2f s", k, v.toNanos() / 1e9)));
    return sb.toString();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}

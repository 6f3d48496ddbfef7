package kokai.serve;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import kokai.build.BuildResult;

/**
 * The log line of one incremental rebuild: the time from the change being noticed to the reload
 * event, each step on the way, then the steps that follow the reload, e.g.
 * {@code rebuilt 9 pages, the edited sheets' pages in 18 ms, 31 ms to reload (14 files changed):
 * watch 9 ms, load 2 ms, index 1 ms, sheet 5 ms, render 12 ms, search 6 ms, reload 0 ms; CPU 40 ms} (the process's CPU time over the same span, which
 * on a shared machine shows the work apart from the waiting); the part after the reload has a line of its own.
 */
final class RebuildLine {
  private RebuildLine() {}

  static String of(BuildResult r, long watchMs, long sheetPagesMs, long reloadMs, long totalMs, long cpuMs) {
    StringBuilder b = new StringBuilder();
    String first = sheetPagesMs < 0 ? "" : String.format(Locale.ROOT, "the edited sheets' pages in %d ms, ", sheetPagesMs);
    b.append(String.format(Locale.ROOT, "rebuilt %d pages, %s%d ms to reload (%s): watch %d ms",
        r.pages(), first, totalMs, changed(r), watchMs));
    steps(b, r.stageTimes());
    return b.append(String.format(Locale.ROOT, ", reload %d ms; CPU %d ms", reloadMs, cpuMs)).toString();
  }

  /**
   * The line of the part after the reload, e.g. {@code after the reload: data 14 ms (1 file changed;
   * 1 sheet serialised again)}: the sheets whose pieces of the site-wide lists were made again (every
   * sheet where a list was written whole), counted for the site and each language version.
   */
  static String after(BuildResult rest) {
    StringBuilder steps = new StringBuilder();
    steps(steps, rest.stageTimes());
    return "after the reload:" + (steps.length() > 0 ? steps.substring(1) : " nothing")
        + " (" + changed(rest) + "; " + rest.sheets() + (rest.sheets() == 1 ? " sheet" : " sheets") + " serialised again)";
  }

  /** {@code 14 files changed}, {@code 1 file changed}. */
  static String changed(BuildResult r) {
    long n = r.files() - r.unchanged();
    return n + (n == 1 ? " file" : " files") + " changed";
  }

  private static void steps(StringBuilder b, Map<String, Duration> times) {
    times.forEach((k, v) -> b.append(String.format(Locale.ROOT, ", %s %d ms", k, v.toMillis())));
  }
}

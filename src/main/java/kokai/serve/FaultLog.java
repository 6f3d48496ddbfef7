package kokai.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Keeps the details of a fault that stopped a rebuild (the exception with its stack) in a file of
 * its own, so the terminal and the open pages say it in one line and name the file; a stack
 * overflow's thousand lines would bury everything else. The file is in the system's temporary
 * folder, not the preview folder, so it outlives the preview for a report.
 *
 * <pre>{@code
 * String where = FaultLog.write(e, changed, err);   // /tmp/kokai-serve-fault-123.txt
 * }</pre>
 */
final class FaultLog {
  private FaultLog() {}

  /**
   * Writes the fault and the files whose change led to it, and returns the file's path; when no
   * file can be written, prints the details to {@code fallback} and says so.
   */
  static String write(Throwable fault, Set<Path> changed, PrintWriter fallback) {
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(text)) {
      w.println("kokai serve: a rebuild stopped on a fault in kokai.");
      w.println(changed.isEmpty() ? "Rebuilding the whole site." : "Rebuilding after changes of: " + changed);
      w.println("Java " + Runtime.version() + ", " + System.getProperty("os.name"));
      w.println();
      fault.printStackTrace(w);
    }
    try {
      Path file = Files.createTempFile("kokai-serve-fault-", ".txt");
      Files.writeString(file, text.toString());
      return file.toAbsolutePath().toString();
    } catch (IOException | RuntimeException e) {
      synchronized (fallback) {
        fallback.print(text);
        fallback.flush();
      }
      return "the lines above (no file could be written: " + e.getMessage() + ")";
    }
  }
}

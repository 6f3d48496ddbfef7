package kokai.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code kokai} command: {@code java -jar target/kokai.jar <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs one command line with the given streams and returns the exit code: 0 success, 1 errors in
   * the content or templates, 2 a usage error.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new KokaiCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.SOFTWARE);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (causedByOutOfMemory(e)) {
        return outOfMemory(err, args);
      }
      err.println("kokai: internal error: " + e);
      e.printStackTrace(err);
      return ExitCodes.SOFTWARE;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(err, args);
    }
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** What to do when the content is too large for the memory Java was given: say how to give it more. */
  private static int outOfMemory(PrintWriter err, String... args) {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    err.println("kokai: out of memory: the content needs more than the " + mib + " MiB Java may use here; "
        + "nothing was published, the output folder is as it was.");
    err.println("  fix: give Java more memory, e.g. java -Xmx4g -jar target/kokai.jar " + String.join(" ", args));
    return ExitCodes.SOFTWARE;
  }
}

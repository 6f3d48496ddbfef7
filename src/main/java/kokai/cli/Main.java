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
      err.println("kokai: internal error: " + e);
      e.printStackTrace(err);
      return ExitCodes.SOFTWARE;
    });
    return cli.execute(args);
  }
}

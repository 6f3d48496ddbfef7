package kokai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kokai.build.StageFailure;
import kokai.diag.Suggestions;
import kokai.publish.Staging;
import picocli.CommandLine;

/** The {@code kokai} command: {@code java -jar target/kokai.jar <command>}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before anything asks Java for a path: in a folder it cannot name, Java itself fails to start
    // its management classes, with a stack trace that says nothing of the cause.
    Optional<String> unnamed = namesJavaCannotRead(System.getProperty("sun.jnu.encoding"), System.getProperty("user.dir"), args);
    if (unnamed.isPresent()) {
      System.err.println(unnamed.get());
      System.exit(ExitCodes.USAGE);
    }
    // A build runs faster in a Java with options for short-lived work (QuickStart).
    Optional<Integer> quick = QuickStart.command(args, ManagementFactory.getRuntimeMXBean().getInputArguments(),
        Path.of(System.getProperty("java.home")), System.getProperty("java.class.path"), System.getenv(),
        Runtime.getRuntime().maxMemory())
        .flatMap(QuickStart::run);
    if (quick.isPresent()) {
      System.exit(quick.get());
    }
    if (QuickStart.started()) {
      QuickStart.stopWithParent();
    }
    // Encoded while there is memory: written straight to the file descriptor, it needs none.
    byte[] outOfMemory = outOfMemoryMessage(args).getBytes(StandardCharsets.UTF_8);
    FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
    int code;
    // Flushed only by println and printf: what a command print()s is flushed before the exit below.
    Charset console = consoleCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
    try {
      code = run(out, err, args);
    } catch (OutOfMemoryError e) {
      // The report did not fit either (other threads took what was freed). The exit code must
      // still say "failed", not the 1 of content errors that the JVM gives an uncaught error.
      code = ExitCodes.SOFTWARE;
      try {
        stderr.write(outOfMemory);
      } catch (IOException | OutOfMemoryError again) {
        // nothing more can be said
      }
    } catch (Error e) {
      // Not an exception of a command (those are reported in run): a failure of the JVM itself.
      // After running out of memory in another thread, a class whose set-up failed there fails
      // here too ("Could not initialize class"), and Java 17 does not say why; the fix is then
      // the same as for running out of memory.
      code = ExitCodes.SOFTWARE;
      System.err.println("kokai: internal error: " + e);
      System.err.println("  fix: if Java ran out of memory before this, " + moreMemory(args));
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Why Java cannot name the working folder or a path given, if it cannot: on Linux it reads file
   * names in the encoding of the system's language setting, and under {@code LANG=C} (a cron job's
   * or a service's usual setting) that is ASCII, in which a folder such as {@code 事務事業評価/}
   * comes out as {@code ???}: every path under it then fails, and Java's own start-up with it.
   * Empty when every name is one Java can write back.
   */
  static Optional<String> namesJavaCannotRead(String fileNameEncoding, String workingFolder, String... args) {
    Charset names;
    try {
      names = fileNameEncoding == null ? null : Charset.forName(fileNameEncoding);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    if (names == null || !names.canEncode()) {
      return Optional.empty();
    }
    CharsetEncoder encoder = names.newEncoder();
    boolean folder = workingFolder != null && !encoder.canEncode(workingFolder);
    boolean given = Arrays.stream(args).anyMatch(a -> !encoder.canEncode(a));
    if (!folder && !given) {
      return Optional.empty();
    }
    return Optional.of("kokai: Java reads file and folder names here as " + names.name() + " (from the system's language setting,"
        + " LANG or LC_ALL), which cannot hold the Japanese or other characters of " + (folder ? "the folder kokai was run in" : "a path given")
        + ", so it cannot open them\n  fix: run kokai with a UTF-8 setting, e.g. LANG=C.UTF-8 LC_ALL=C.UTF-8 java -jar kokai.jar build"
        + " (for a cron job or a service, set LANG=C.UTF-8 in its environment)");
  }

  /**
   * Runs one command line with the given streams and returns the exit code: 0 success, 1 errors in
   * the content or templates, 2 a usage error.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // Made before it is needed: when memory runs out, other threads may take what is freed
    // before the message could be made; a reserve set aside and freed leaves room to print it.
    String outOfMemory = outOfMemoryMessage(args);
    byte[][] reserve = {new byte[256 * 1024]};
    CommandLine cli = new CommandLine(new KokaiCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.SOFTWARE);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (causedByOutOfMemory(e)) {
        reserve[0] = null;
        return report(err, outOfMemory);
      }
      Optional<IOException> io = ioCause(e);
      if (io.isPresent() && io.get() instanceof Staging.Stopped) {
        err.println("kokai: stopped; nothing was published");
        return ExitCodes.SOFTWARE;
      }
      if (io.isPresent()) {
        err.println("kokai: " + what(e) + "could not read or write a file: " + fileProblem(e, io.get()));
        err.println("  fix: check that the disk has room and that the user running kokai may read the content and "
            + "write where the site goes; a site that was published before stays as it was");
        return ExitCodes.FILES;
      }
      err.println("kokai: internal error: " + e);
      e.printStackTrace(err);
      err.println("This is a fault in kokai, not in your content: please report it with the lines above.");
      return ExitCodes.SOFTWARE;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      reserve[0] = null;
      return report(err, outOfMemory);
    } catch (StackOverflowError e) {
      // Java says nothing of where. A theme's template that calls itself and a page nested without
      // end are said as their errors; one that still gets here is kokai's, not a lack of memory.
      err.println("kokai: internal error: " + e);
      err.println("  This is a fault in kokai, not in your content: please report it with the command you ran.");
      err.flush();
      return ExitCodes.SOFTWARE;
    }
  }

  /**
   * A wrong command line: the problem, then what was likely meant (picocli's suggestion of a
   * command or option, else the option nearest a misspelt one) or, when nothing is near, the
   * command's usage.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ex.getMessage());
    boolean suggested = false;
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      suggested = CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
      for (String arg : suggested ? List.<String>of() : u.getUnmatched()) {
        if (arg.startsWith("-")) {
          String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
          Optional<String> near = Suggestions.closest(option, cmd.getCommandSpec().optionsMap().keySet());
          if (near.isPresent()) {
            err.println("Did you mean " + near.get() + "?");
            suggested = true;
          }
        }
      }
    }
    if (!suggested) {
      cmd.usage(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * The terminal's encoding, or UTF-8 when it cannot write Japanese: under {@code LANG=C} (a cron
   * job, a service) Java's default is ASCII, and every file name and message in Japanese would be
   * printed as "???".
   */
  static Charset consoleCharset() {
    String name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
    try {
      Charset c = Charset.forName(name);
      return c.canEncode() && c.newEncoder().canEncode("事業") ? c : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The file system's refusal behind a failure (permission denied, no space left), if that is what it was. */
  private static Optional<IOException> ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
    }
    return Optional.empty();
  }

  /**
   * The file problem in words that name the file: a full disk's IOException does not
   * ("No space left on device"), but the write that met it says which file it was writing
   * ("cannot write site/.site-staging/2022/088/index.html").
   */
  static String fileProblem(Throwable e, IOException io) {
    if (io instanceof FileSystemException) {
      return io.toString();
    }
    for (Throwable t = e; t != null && t != io; t = t.getCause()) {
      if (t instanceof UncheckedIOException u && u.getMessage() != null && !u.getMessage().equals(String.valueOf(u.getCause()))) {
        return u.getMessage() + ": " + io.getMessage();
      }
    }
    return io.toString();
  }

  /** "the render stage " for a build's stage, else nothing. */
  private static String what(Throwable e) {
    return e instanceof StageFailure f ? "the " + f.stage() + " stage " : "";
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
  private static String outOfMemoryMessage(String... args) {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "kokai: out of memory: the content needs more than the " + mib + " MiB Java may use here; "
        + "nothing was published, the output folder is as it was." + System.lineSeparator()
        + "  fix: " + moreMemory(args) + System.lineSeparator();
  }

  private static String moreMemory(String... args) {
    return "give Java more memory, e.g. java -Xmx4g -jar target/kokai.jar " + String.join(" ", args);
  }

  private static int report(PrintWriter err, String outOfMemory) {
    err.print(outOfMemory);
    err.flush();
    return ExitCodes.SOFTWARE;
  }
}

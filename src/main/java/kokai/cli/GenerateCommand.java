package kokai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kokai.corpus.CorpusGenerator;
import kokai.corpus.CorpusSpec;
import kokai.corpus.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kokai generate}: writes a synthetic content folder for benchmarks and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes N synthetic sheets of an imaginary city (same seed, same bytes), for benchmarks and tests.")
final class GenerateCommand implements Callable<Integer> {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  @Spec CommandSpec spec;

  @Option(names = "--sheets", required = true, description = "How many sheet files to write.")
  int sheets;

  @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--years", defaultValue = "2020-2024", description = "Fiscal years, e.g. 2020-2024 (default: ${DEFAULT-VALUE}).")
  String years;

  @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", required = true, description = "The content folder to create; it must be empty or absent.")
  Path out;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Matcher m = YEARS.matcher(years);
    if (!m.matches()) {
      err.println("kokai generate: --years " + years + " is not a year range; write it like 2020-2024");
      return ExitCodes.USAGE;
    }
    CorpusSpec corpus;
    try {
      int first = Integer.parseInt(m.group(1));
      corpus = new CorpusSpec(seed, sheets, first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
    } catch (IllegalArgumentException e) {
      err.println("kokai generate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (!format.equals("yaml") && !format.equals("json")) {
      err.println("kokai generate: --format " + format + " is not known; use yaml or json");
      return ExitCodes.USAGE;
    }
    if (Files.isDirectory(out)) {
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          err.println("kokai generate: " + out + " is not empty; give a new or empty folder so nothing is overwritten");
          return ExitCodes.USAGE;
        }
      }
    }
    long start = System.nanoTime();
    CorpusWriter.Summary s = new CorpusWriter(format.equals("json") ? CorpusWriter.Format.JSON : CorpusWriter.Format.YAML).write(new CorpusGenerator(corpus), out);
    long ms = (System.nanoTime() - start) / 1_000_000;
    spec.commandLine().getOut().printf("generated %s (%d–%d, seed %d) in %s: %,d bytes in %d ms%n",
        BuildCommand.count(s.sheets(), "sheet"), corpus.firstYear(), corpus.lastYear(), seed, out, s.bytes(), ms);
    return ExitCodes.OK;
  }
}

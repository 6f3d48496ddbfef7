package kokai.cli;

import kokai.render.DefaultTheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; the work is done by its subcommands. */
@Command(
    name = "kokai",
    mixinStandardHelpOptions = true,
    versionProvider = KokaiCommand.Version.class,
    description = "Publishes a city's project evaluation sheets as a searchable static web site.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      ServeCommand.class,
      ThemeCommand.class,
      picocli.CommandLine.HelpCommand.class,
    })
final class KokaiCommand implements java.util.concurrent.Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("kokai: give a command, e.g. 'kokai build'");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kokai " + DefaultTheme.kokaiVersion()};
    }
  }
}

package kokai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a site comes from: the content folder and the themes folder, shared by build and serve. */
final class SourceOptions {
  @Option(names = "--content", defaultValue = "content", description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--theme-dir", description = "The folder holding the themes (default: themes/ beside the content folder).")
  Path themeDir;
}

package kokai.cli;

/** The exit codes of every command. */
final class ExitCodes {
  /** Success (warnings may have been printed). */
  static final int OK = 0;
  /** Errors in the content, the theme or the input files. */
  static final int DATA = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** A bug in kokai. */
  static final int SOFTWARE = 3;
  /** A file or folder could not be read or written: permissions, a full disk. */
  static final int FILES = 4;

  private ExitCodes() {}
}

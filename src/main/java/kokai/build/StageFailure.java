package kokai.build;

/** An unexpected failure inside a build stage (a bug, or the disk), named by the stage. */
public final class StageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stage;

  StageFailure(String stage, Throwable cause) {
    super("the " + stage + " stage failed: " + cause, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}

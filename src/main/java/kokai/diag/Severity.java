package kokai.diag;

/** How serious a diagnostic is: errors stop a build, warnings do not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String word;

  Severity(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}

package kokai.model;

/** Whether an indicator counts what the project did or what it achieved. */
public enum IndicatorKind implements Labeled {
  ACTIVITY("活動結果指標", "activity"),
  OUTCOME("成果指標", "outcome");

  private final String label;
  private final String key;

  IndicatorKind(String label, String key) {
    this.label = label;
    this.key = key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String key() {
    return key;
  }
}

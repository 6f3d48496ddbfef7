package kokai.render.chart;

/**
 * How a series is drawn. Series differ in shape and pattern as well as colour (outline against
 * solid bars, circles against hollow squares, solid against dashed lines), so a chart printed in
 * black and white or seen without colour still tells them apart; every outline has at least 4:1
 * contrast with white (WCAG asks 3:1 of a graphic). The parts of a stacked bar go from dark to light
 * (dark blue, orange, a light bar with a green outline), so that they stay apart printed in grey: the
 * orange is 2:1 against the blue, the light green 3:1 against the orange.
 */
enum Mark {
  /** Budget: a light bar with a dark blue outline. */
  OUTLINE("#dbe7f5", "#1d4e89", null),
  /** Settlement: a solid dark blue bar. */
  SOLID("#1d4e89", "#1d4e89", null),
  /** Personnel cost, grants and bonds: a solid orange bar. */
  ORANGE("#c8620f", "#c8620f", null),
  /** Other funds: a light green bar with a dark green outline (solid, it printed as the orange's grey). */
  GREEN("#d5ebd9", "#2f6f3e", null),
  /** A target: hollow squares on a dashed grey line. */
  TARGET("#ffffff", "#4d4d4d", "6 4"),
  /** An actual: filled circles on a solid dark blue line. */
  ACTUAL("#1d4e89", "#1d4e89", null);

  final String fill;
  final String stroke;
  final String dash;

  Mark(String fill, String stroke, String dash) {
    this.fill = fill;
    this.stroke = stroke;
    this.dash = dash;
  }
}

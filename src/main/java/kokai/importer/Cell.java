package kokai.importer;

/** One tab-separated cell of the published layout: its text without surrounding spaces, and its column. */
record Cell(String text, int column) {
  Cell {
    text = text.strip();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The same position holding other text, as when a label is cut off the front of a cell. */
  Cell withText(String other) {
    return new Cell(other, column);
  }
}

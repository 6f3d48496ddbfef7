package kokai.importer;

/** One tab-separated cell of the published layout: its text without surrounding spaces, and its column. */
record Cell(String text, int column) {
  Cell {
    text = text.strip();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The same position holding other text. */
  Cell withText(String other) {
    return new Cell(other, column);
  }

  /** The text from {@code offset} on, at its own column: what follows a label in the label's cell. */
  Cell tail(int offset) {
    String rest = text.substring(offset);
    int lead = 0;
    while (lead < rest.length() && Character.isWhitespace(rest.charAt(lead))) {
      lead++;
    }
    return new Cell(rest, column + offset + lead);
  }
}

package kokai.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the labels of one part of the sheet in a cell, by their text rather than their
 * position: the export puts labels in varying cells, writes brackets and digits in either width,
 * and sometimes puts the value into the label's cell ("業務 パソコン不足が…").
 *
 * @param <K> what each label stands for in the parser that uses it
 */
final class Labels<K> {
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[、,，・･]");
  private final Map<String, K> byKey;

  /** {@code labels} maps each printed label to what it stands for. */
  Labels(Map<String, K> labels) {
    HashMap<String, K> m = new HashMap<>();
    labels.forEach((label, k) -> m.put(key(label), k));
    this.byKey = Map.copyOf(m);
  }

  /**
   * The text for comparing labels: folded, without spaces, and without the separators that forms of
   * other years write differently (国庫、県支出金、地方債 / 国庫・県支出金・地方債).
   */
  private static String key(String label) {
    return SEPARATORS.matcher(Texts.key(label)).replaceAll("");
  }

  /** A label found at the start of a cell, and the text after it (empty when the cell is only the label). */
  record Match<K>(K kind, Cell rest) {
    boolean hasRest() {
      return !rest.isEmpty();
    }
  }

  /** The label a cell starts with: the whole cell, or a leading part followed by a space. */
  Optional<Match<K>> match(Cell cell) {
    String text = cell.text();
    K whole = byKey.get(key(text));
    if (whole != null) {
      return Optional.of(new Match<>(whole, cell.withText("")));
    }
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        K k = byKey.get(key(text.substring(0, i)));
        if (k != null) {
          return Optional.of(new Match<>(k, cell.tail(i)));
        }
      }
    }
    return Optional.empty();
  }
}

package kokai.model;

/**
 * A closed set of values written in content by their Japanese label, such as an indicator's kind.
 * The loader accepts the Japanese label or the English key.
 */
public interface Labeled {
  /** The value as content and the published sheet write it: 成果指標. */
  String label();

  /** A stable English key: outcome. */
  String key();
}

package kokai.corpus;

/** Fills the sentence templates of the vocabulary with a project's words. */
final class Texts {
  private final Vocabulary vocabulary;
  private final Project project;
  private final Dice dice;

  Texts(Vocabulary vocabulary, Project project, Dice dice) {
    this.vocabulary = vocabulary;
    this.project = project;
    this.dice = dice;
  }

  /** One template of the given kind, with {topic}, {target}, {partner}, {detail}, {month}, {n} filled. */
  String fill(String kind) {
    String s = dice.pick(vocabulary.require(kind));
    StringBuilder out = new StringBuilder(s.length() + 40);
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf('{', i);
      if (open < 0) {
        out.append(s, i, s.length());
        break;
      }
      int close = s.indexOf('}', open);
      out.append(s, i, open).append(value(s.substring(open + 1, close)));
      i = close + 1;
    }
    return out.toString();
  }

  private String value(String name) {
    return switch (name) {
      case "topic" -> project.topic();
      case "target" -> project.target();
      case "partner" -> project.partner();
      case "detail" -> dice.pick(vocabulary.require("詳細"));
      case "month" -> Integer.toString(dice.between(1, 12));
      case "n" -> Integer.toString(dice.between(3, 1_200));
      default -> throw new IllegalStateException("vocabulary.txt: unknown placeholder {" + name + "}");
    };
  }
}

package kokai.render.text;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The theme's interface text for what is written outside the templates (the comparison pages'
 * tables, the Atom feed, the pages' plain-text titles), with the one convention they share for a
 * direction: in another language than Japanese its name there, the sheet's own word kept beside
 * it ("Continue (継続)"), as the pages write it.
 *
 * <pre>{@code
 * InterfaceWords w = new InterfaceWords(messages::find, true);
 * w.get("compare.direction", "方向性");   // "Direction"
 * w.direction("継続");                     // "Continue (継続)"
 * }</pre>
 *
 * @param text the theme's text for a message key, empty where it has none
 * @param english whether the interface is not Japanese
 */
public record InterfaceWords(Function<String, Optional<String>> text, boolean english) {
  public InterfaceWords {
    Objects.requireNonNull(text, "text");
  }

  /** The theme's word for {@code key}, or {@code fallback}. */
  public String get(String key, String fallback) {
    return text.apply(key).orElse(fallback);
  }

  /** A direction ({@code 継続}) as the pages write it: "Continue (継続)" in English where the theme names it, else as it is. */
  public String direction(String decision) {
    return english ? text.apply("direction.value." + decision).filter(n -> !n.isEmpty()).map(n -> n + " (" + decision + ")").orElse(decision) : decision;
  }
}

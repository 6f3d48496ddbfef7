package kokai.model;

import java.util.Objects;

/**
 * A free page written in Markdown ({@code content/pages/<slug>.md}), such as "about this site".
 * The title is the first level-one heading.
 */
public record Page(String slug, String title, String markdown) {
  public Page {
    Slugs.requireSafe(slug, "page name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
  }
}

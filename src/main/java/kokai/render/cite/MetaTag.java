package kokai.render.cite;

/**
 * One {@code <meta>} element for link previews: {@code attribute} is {@code property} (Open
 * Graph) or {@code name} (Twitter card), {@code key} its value, {@code content} the text.
 *
 * <pre>{@code
 * <#list meta as m><meta ${m.attribute()}="${m.key()}" content="${m.content()}"></#list>
 * }</pre>
 */
public record MetaTag(String attribute, String key, String content) {
  public MetaTag {
    if (!attribute.equals("property") && !attribute.equals("name")) {
      throw new IllegalArgumentException("a meta tag is named by property or name, not " + attribute);
    }
  }
}

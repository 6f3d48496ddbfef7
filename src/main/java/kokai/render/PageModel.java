package kokai.render;

/**
 * One page of the site as its template sees it. Each page kind is a record implementing this
 * interface; the template reads the record's components as {@code page.*}.
 */
public interface PageModel {
  /** Site-relative URL: {@code 2022/088/}, {@code ""} for home, {@code 404.html}. */
  String url();

  /** The template that renders it, relative to the theme's templates folder. */
  String template();

  /** The page title (the h1 and the start of the title element). */
  String title();

  /** Whether the page belongs in sitemap.xml. */
  default boolean listed() {
    return true;
  }
}

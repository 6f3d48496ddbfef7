package kokai.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sitemap.xml} and {@code robots.txt}: the only files besides canonical links that use the
 * absolute base URL.
 *
 * <pre>{@code
 * byte[] xml = Sitemap.xml("https://example.jp/hyoka/", List.of("", "2022/088/"));
 * }</pre>
 */
public final class Sitemap {
  private Sitemap() {}

  /**
   * The sitemap of the given site-relative URLs, in the given order. {@code baseUrl} is the site's
   * address in ASCII, as the sitemap protocol wants it (a Japanese domain in its IDNA form, other
   * characters percent-escaped); the site's own paths are ASCII already.
   */
  public static byte[] xml(String baseUrl, List<String> urls) {
    StringBuilder sb = new StringBuilder(64 + urls.size() * 80);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String u : urls) {
      sb.append("  <url><loc>").append(escape(baseUrl + u)).append("</loc></url>\n");
    }
    sb.append("</urlset>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A robots.txt allowing everything and naming the sitemap when the base URL is known. */
  public static byte[] robots(String baseUrl) {
    String s = "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
  }
}

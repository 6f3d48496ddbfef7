package kokai.site;

/**
 * Relative links between pages of the site. A page URL is site-relative without a leading slash:
 * {@code ""} is the home page, {@code "2022/088/"} a directory page, {@code "404.html"} a file.
 * Links to directory pages end in {@code index.html}: a browser opening the site straight from disk
 * (file://) does not open a folder's index file by itself, so {@code ../../departments/x/} would
 * show a folder listing there; {@code ../../departments/x/index.html} works on disk and under any
 * sub-path of a web server.
 *
 * <pre>{@code
 * Links.relative("2022/088/", "departments/policy/")  // "../../departments/policy/index.html"
 * Links.relative("", "2022/088/#costs")                // "2022/088/index.html#costs"
 * Links.relative("2022/088/", "2022/088/#costs")       // "index.html#costs"
 * Links.relative("pages/about/", "search/?q=半導体")     // "../../search/index.html?q=半導体"
 * }</pre>
 */
public final class Links {
  private Links() {}

  /** The file a page URL is written to: {@code 2022/088/index.html}. */
  public static String file(String url) {
    return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
  }

  /**
   * The way from the page at {@code url} up to the folder of its site: {@code ../../} from
   * {@code 2022/088/}, "" from {@code 404.html}; from a language version's folder ({@code en/}), to the site's.
   */
  public static String up(String url) {
    return "../".repeat((int) url.chars().filter(c -> c == '/').count());
  }

  /** A link from the page at {@code from} to {@code to} (which may carry a {@code ?query} and a {@code #fragment}). */
  public static String relative(String from, String to) {
    String fragment = "";
    int hash = to.indexOf('#');
    int query = to.indexOf('?');
    int cut = query >= 0 && (hash < 0 || query < hash) ? query : hash;
    if (cut >= 0) {
      fragment = to.substring(cut);
      to = to.substring(0, cut);
    }
    String[] base = dirSegments(from);
    String[] target = file(to).split("/");
    int common = 0;
    while (common < base.length && common < target.length - 1 && base[common].equals(target[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("../".repeat(base.length - common));
    for (int i = common; i < target.length; i++) {
      sb.append(target[i]);
      if (i < target.length - 1) {
        sb.append('/');
      }
    }
    return sb + fragment;
  }

  private static String[] dirSegments(String url) {
    int slash = url.lastIndexOf('/');
    String dir = slash < 0 ? "" : url.substring(0, slash);
    return dir.isEmpty() ? new String[0] : dir.split("/");
  }
}

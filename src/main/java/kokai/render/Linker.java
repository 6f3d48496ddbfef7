package kokai.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import kokai.model.Organization;
import kokai.model.Page;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.site.Links;
import kokai.site.SiteIndex;

/**
 * Relative links from one page to the others, for templates: {@code ${link.sheet(s)}},
 * {@code ${link.asset("css/site.css")}}. See {@link Links} for why links end in index.html.
 */
public final class Linker {
  private final SiteIndex index;
  private final String from;
  private final String root;

  Linker(SiteIndex index, String from) {
    this(index, from, null);
  }

  private Linker(SiteIndex index, String from, String root) {
    this.index = index;
    this.from = from;
    this.root = root;
  }

  /**
   * Links for a page a server shows at any address (404.html): relative links would resolve against
   * the missing address, so every link starts from the site's root path ({@code /hyoka/assets/…}).
   */
  static Linker rooted(SiteIndex index, String from, String rootPath) {
    return new Linker(index, from, rootPath);
  }

  /**
   * The path the site is served under: the base URL's path ({@code /hyoka/} for
   * {@code https://example.jp/hyoka/}), or {@code /} without a base URL.
   */
  static String rootPath(String baseUrl) {
    if (baseUrl == null) {
      return "/";
    }
    String path = java.net.URI.create(baseUrl).getRawPath();
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  /** A link to any site-relative URL ({@code departments/x/#div-…}). */
  public String to(String url) {
    return root == null ? Links.relative(from, url) : root + Links.relative(SiteIndex.HOME, url);
  }

  public String home() {
    return to(SiteIndex.HOME);
  }

  public String search() {
    return to(SiteIndex.SEARCH);
  }

  public String departments() {
    return to(SiteIndex.DEPARTMENTS);
  }

  public String sheet(Sheet s) {
    return to(index.sheetUrl(s));
  }

  /** A section of a sheet page: {@code sheet(s, "costs")}. */
  public String sheet(Sheet s, String anchor) {
    return to(index.sheetUrl(s) + "#" + anchor);
  }

  public String department(String name) {
    return to(index.requireDepartment(name).url());
  }

  public String division(Organization o) {
    return to(index.divisionUrl(o));
  }

  public String section(Organization o) {
    return to(index.sectionUrl(o));
  }

  public String year(int fiscalYear) {
    return to(index.yearUrl(fiscalYear));
  }

  public String sdg(int goal) {
    return to(index.sdgUrl(goal));
  }

  /** The direction page, or an empty string when the sheet gives no direction. */
  public String direction(String decision) {
    return index.findDirection(decision).map(d -> to(d.url())).orElse("");
  }

  /**
   * The page of a goal's sheets of one fiscal year ({@code sdgs/9/2022/}), where a sheet of that
   * year is listed; the goal's overview when it has no sheets that year.
   */
  public String sdgYear(int goal, int fiscalYear) {
    return to(index.findSdg(goal).flatMap(g -> g.findYear(fiscalYear)).map(y -> y.url()).orElse(index.sdgUrl(goal)));
  }

  /**
   * The page of a direction's sheets of one fiscal year ({@code directions/continue/2022/}); the
   * direction's overview when it has no sheets that year, an empty string for no direction.
   */
  public String directionYear(String decision, int fiscalYear) {
    return index.findDirection(decision)
        .map(d -> to(d.findYear(fiscalYear).map(y -> y.url()).orElse(d.url())))
        .orElse("");
  }

  public String page(Page p) {
    return to(index.pageUrl(p));
  }

  public String asset(String path) {
    return to("assets/" + path);
  }

  /**
   * This page in the site's other language versions ({@code site.yaml}: translations), as the
   * header links to it and {@code hreflang} names it. A version published at an address of its own
   * is linked there; one the build makes beside this one ({@code en/}, or the site itself from
   * {@code en/}) relatively, so that it opens on disk and in the preview too.
   */
  public List<LanguageLink> languages() {
    List<LanguageLink> out = new ArrayList<>();
    for (SiteConfig.Translation t : index.config().translations()) {
      if (!t.builtHere()) {
        out.add(new LanguageLink(t.language(), t.name(), t.baseUrl() + from, t.baseUrl() + from));
        continue;
      }
      // The versions are the site and one folder beside its pages: from the site, down into it; from it, up.
      String folder = index.folder().isEmpty() ? t.folder() : "../";
      String page = Links.file(from);
      String href = root == null ? Links.up(from) + folder + page
          : URI.create(root).resolve(folder) + page;
      String base = index.config().baseUrl();
      out.add(new LanguageLink(t.language(), t.name(), href, base == null ? "" : URI.create(base).resolve(folder) + from));
    }
    return out;
  }

  /**
   * The folder of the search index, which is the site's ({@code search/index/}): a language version
   * that the build makes beside the site ({@code en/}) shares it, so its search page links up there.
   */
  public String searchIndex() {
    String fromSite = Links.up(index.folder()) + SiteIndex.SEARCH + "index/";
    return root == null ? Links.up(from) + fromSite : URI.create(root).resolve(fromSite).toString();
  }

  /**
   * A link to the same page in another language: {@code href} for the page's own link (relative
   * when the build makes that version too), {@code absolute} for {@code hreflang} (empty without
   * a base URL).
   */
  public record LanguageLink(String language, String name, String href, String absolute) {}

  /** The absolute URL of this page (for canonical links), or an empty string without a base URL. */
  public String canonical() {
    String base = index.config().baseUrl();
    return base == null ? "" : base + from;
  }
}

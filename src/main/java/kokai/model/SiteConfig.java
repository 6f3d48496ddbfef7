package kokai.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The site configuration ({@code content/site.yaml}): what the site is called, whose sheets it
 * publishes, where it lives, and how it speaks.
 */
public record SiteConfig(
    @Field(ja = "サイト名", en = "Site title", required = true, nonBlank = true) String title,
    @Field(ja = "自治体名", en = "City", doc = "例: つくば市", required = true, nonBlank = true) String city,
    @Field(ja = "公開URL", en = "Base URL", doc = "サイトを公開する URL。sitemap.xml、canonical、フィードに使う。例: https://example.jp/hyoka/",
        pattern = SiteConfig.WEB_ADDRESS) String baseUrl,
    @Field(ja = "表示言語", en = "Language", doc = "ja または en。", values = {"ja", "en"}) String language,
    @Field(ja = "説明", en = "Description") String description,
    @Field(ja = "データの利用条件", en = "Data licence") License license,
    @Field(ja = "テーマ", en = "Theme", doc = "themes/ の下のフォルダ名。default を上書きする。") String theme,
    @Field(ja = "部のスラッグ", en = "Department slugs", doc = "部の名前から URL 用の英字名への対応。部の一覧はここに書いた順に並び、書いていない部はその後にシートの順で続く。例: 政策イノベーション部: policy-innovation",
        pattern = Slugs.SCHEMA_PATTERN) Map<String, String> departmentSlugs,
    @Field(ja = "公表日", en = "Published", doc = "シートに公表日がない場合に使う公表日（YYYY-MM-DD）。この日より前に更新されたシートには使わない（公表日は不明とする）。") java.time.LocalDate published,
    @Field(ja = "他の言語の版", en = "Other language versions", doc = "同じシートを別の言語の画面で公開する版。各ページから同じページのその版へリンクする。baseUrl を省くと、このビルドが出力フォルダの中の言語名のフォルダ（site/en/）に作る。例: [{language: en}]、別に公開した版なら [{language: en, baseUrl: https://example.jp/hyoka/en/}]") List<Translation> translations) {

  public static final String DEFAULT_THEME = "default";
  /** The languages kokai speaks, for {@code language} and a translation's. */
  public static final List<String> LANGUAGES = List.of("ja", "en");
  /** The city a new site config names until staff write their own ({@code kokai import} writes it). */
  public static final String CITY_PLACEHOLDER = "（自治体名）";
  /** The host of the address a new site config gives until staff write their own ({@code kokai init} writes it). */
  public static final String PLACEHOLDER_HOST = "www.city.example.lg.jp";
  /** How a base URL starts, as the JSON Schema checks it (the rest is checked here). */
  static final String WEB_ADDRESS = "^[Hh][Tt][Tt][Pp][Ss]?://";
  /** A user name and password before an address's host ({@code https://user:pw@…}). */
  private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#]*@");

  /** Whether the city is still a new site config's placeholder (（自治体名）, 〇〇市). */
  public static boolean isPlaceholderCity(String city) {
    return city != null && (city.strip().equals(CITY_PLACEHOLDER) || city.contains("〇〇"));
  }

  /** Whether the base URL is still a new site config's example address. */
  public static boolean isPlaceholderAddress(String baseUrl) {
    return baseUrl != null && web(baseUrl).map(u -> PLACEHOLDER_HOST.equalsIgnoreCase(u.getHost())).orElse(false);
  }

  public SiteConfig {
    // Every problem of the file is reported at once (InvalidFieldException.throwAll).
    List<InvalidFieldException> problems = new ArrayList<>();
    if (title == null || title.isBlank()) {
      problems.add(new InvalidFieldException("title", "the site title is empty",
          "write the name the site is published under, e.g. title: つくば市 事務事業評価"));
    }
    if (city == null || city.isBlank()) {
      problems.add(new InvalidFieldException("city", "the city is empty", "write the city's name, e.g. city: つくば市"));
    }
    language = language == null ? "ja" : language;
    String lang = language;
    check(problems, () -> requireLanguage(lang));
    license = license == null ? License.PDL1 : license;
    theme = theme == null ? DEFAULT_THEME : theme;
    String themeName = theme;
    check(problems, () -> Slugs.requireSafe(themeName, "theme"));
    departmentSlugs = departmentSlugs == null ? Map.of() : Collections.unmodifiableMap(inOrder(departmentSlugs));
    for (Map.Entry<String, String> e : departmentSlugs.entrySet()) {
      check(problems, () -> Slugs.requireSafe(e.getValue(), "departmentSlugs." + e.getKey()));
    }
    if (baseUrl != null) {
      String url = baseUrl;
      check(problems, () -> requireWebAddress(url));
      baseUrl = asFolder(baseUrl);
    }
    translations = translations == null ? List.of() : List.copyOf(translations);
    Set<String> languages = new HashSet<>();
    for (int i = 0; i < translations.size(); i++) {
      Translation t = translations.get(i);
      if (t.language().equals(language)) {
        problems.add(new InvalidFieldException("translations[" + i + "].language",
            "the site itself is in " + language + "; another version must be in another language",
            "name the other version's language, e.g. language: " + (language.equals("ja") ? "en" : "ja")));
      } else if (!languages.add(t.language())) {
        problems.add(new InvalidFieldException("translations[" + i + "].language",
            "a second version in " + t.language() + ": a page can link to one", "keep one of them"));
      }
      if (baseUrl != null && t.baseUrl() != null && sameAddress(t.baseUrl(), baseUrl)) {
        problems.add(new InvalidFieldException("translations[" + i + "].baseUrl",
            "the other version's address is this site's own", "write the address the " + t.name() + " version is published at"));
      }
    }
    InvalidFieldException.throwAll(problems);
  }

  /** As the canonical constructor, with no other language versions. */
  public SiteConfig(String title, String city, String baseUrl, String language, String description, License license,
      String theme, Map<String, String> departmentSlugs, java.time.LocalDate published) {
    this(title, city, baseUrl, language, description, license, theme, departmentSlugs, published, List.of());
  }

  /** Whether two web addresses name one place: the scheme and host in any case, a port the scheme's own or none. */
  private static boolean sameAddress(String a, String b) {
    Optional<URI> ua = web(a);
    Optional<URI> ub = web(b);
    if (ua.isEmpty() || ub.isEmpty()) {
      return a.equals(b);
    }
    return place(ua.get()).equals(place(ub.get()));
  }

  private static String place(URI u) {
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort() == ("https".equals(scheme) ? 443 : 80) ? -1 : u.getPort();
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port + (path.endsWith("/") ? path : path + "/");
  }

  /** The languages kokai speaks: ja and en. */
  private static void requireLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new InvalidFieldException("language", "\"" + language + "\" is not a language kokai speaks",
          "write language: ja for Japanese (日本語) or language: en for English");
    }
  }

  /** A site's address as a folder: ending in "/". */
  private static String asFolder(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private static void check(List<InvalidFieldException> problems, Runnable rule) {
    try {
      rule.run();
    } catch (InvalidFieldException e) {
      problems.add(e);
    }
  }

  /**
   * The slugs in the order site.yaml gives them (the loader keeps it), which is the order the site
   * lists those departments in; a map with no order of its own is sorted, so that the site is the
   * same from one run to the next. Keyed by department names without blanks around them, as
   * sheets' names are read ({@link Organization}): '総務部 ' is 総務部's.
   */
  private static Map<String, String> inOrder(Map<String, String> slugs) {
    Map<String, String> ordered = slugs instanceof LinkedHashMap || slugs instanceof SortedMap ? new LinkedHashMap<>() : new TreeMap<>();
    slugs.forEach((name, slug) -> ordered.putIfAbsent(name == null ? null : name.strip(), slug));
    return ordered;
  }

  /**
   * The rule by which a link written with the site's own address
   * ({@code https://example.jp/hyoka/2022/088/}) or path ({@code /hyoka/2022/088/}), as staff copy
   * them from the published site, is the site-root link {@code /2022/088/}; any other link stays as
   * written. The same for the Markdown pages as rendered and as checked when they load.
   *
   * <pre>{@code
   * SiteConfig.siteRootLinks("https://example.jp/hyoka/").apply("/hyoka/2022/088/")   // "/2022/088/"
   * }</pre>
   */
  public static UnaryOperator<String> siteRootLinks(String baseUrl) {
    if (baseUrl == null) {
      return UnaryOperator.identity();
    }
    String raw = URI.create(baseUrl).getRawPath();
    String path = raw == null || raw.isEmpty() || raw.equals("/") ? null : raw.endsWith("/") ? raw : raw + "/";
    return link -> link.startsWith(baseUrl) ? "/" + link.substring(baseUrl.length())
        : path != null && link.startsWith(path) ? "/" + link.substring(path.length()) : link;
  }

  /** Whether {@code url} is an absolute http or https address with a host, as a base URL must be. */
  public static boolean isWebAddress(String url) {
    return web(url).filter(u -> u.getRawQuery() == null && u.getRawFragment() == null).isPresent();
  }

  /** {@code url} as an absolute http or https address with a host (a Japanese one too); empty when it is not one. */
  private static Optional<URI> web(String url) {
    try {
      URI u = new URI(ascii(url));
      boolean web = ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null && !u.getHost().isEmpty();
      return web ? Optional.of(u) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code url} in ASCII, as sitemaps and robots.txt require and as a base URL is checked: a
   * Japanese host in its IDNA form, other characters of the path as UTF-8 percent escapes (escapes
   * already there are kept); as given when it is no address.
   */
  public static String ascii(String url) {
    if (url.chars().allMatch(c -> c < 0x80)) {
      return url; // nearly every address: nothing to convert
    }
    try {
      URI uri = new URI(url);
      String authority = uri.getRawAuthority();
      if (uri.getHost() == null && authority != null) {
        int port = authority.lastIndexOf(':');
        boolean hasPort = port > 0 && authority.substring(port + 1).chars().allMatch(Character::isDigit);
        String host = hasPort ? authority.substring(0, port) : authority;
        // STD3 rules: letters, digits and inner hyphens only, as an ASCII host must be too.
        String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED | IDN.USE_STD3_ASCII_RULES) + (hasPort ? authority.substring(port) : "");
        uri = new URI(uri.getScheme() + "://" + ascii + url.substring(url.indexOf(authority) + authority.length()));
      }
      return uri.toASCIIString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The folder of {@code url} when it names a page ({@code https://example.jp/hyoka/index.html} gives
   * {@code https://example.jp/hyoka/}), as an address copied from the browser does; empty otherwise.
   * Such a base URL would put every sitemap entry and 404 link under {@code index.html/}.
   */
  public static Optional<String> pageFolder(String url) {
    int slash = url.lastIndexOf('/');
    String last = url.substring(slash + 1).toLowerCase(Locale.ROOT);
    boolean page = slash > url.indexOf("//") + 1 && last.matches(".+\\.(html?|php|aspx?|jsp)");
    return page ? Optional.of(url.substring(0, slash + 1)) : Optional.empty();
  }

  private static void requireWebAddress(String url) {
    if (!isWebAddress(url)) {
      throw new InvalidFieldException("baseUrl", "\"" + url + "\" is not a whole web address",
          "write the address the site is published at, starting with https:// or http://, e.g. baseUrl: https://example.jp/hyoka/");
    }
    pageFolder(url).ifPresent(folder -> {
      throw new InvalidFieldException("baseUrl", "\"" + url + "\" ends in a page, not the site's folder",
          "write the folder the site is published in, ending in /, e.g. baseUrl: " + folder);
    });
    requireNoUserInfo(url);
    requirePlainPath(url);
  }

  /**
   * Refuses a path with an empty segment or a {@code .} or {@code ..} segment
   * ({@code https://example.jp//hyoka/}, {@code https://example.jp/a/../hyoka/}): {@code 404.html}'s
   * links start with the base URL's path, and one starting {@code //hyoka/…} is read by browsers as
   * the host {@code hyoka}, while the sitemap and canonical links would publish the address unresolved.
   */
  private static void requirePlainPath(String url) {
    web(url).ifPresent(u -> {
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      List<String> segments = List.of((path.endsWith("/") ? path + "x" : path).split("/", -1));
      boolean plain = segments.size() < 2 || segments.subList(1, segments.size() - 1).stream()
          .noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
      String last = segments.get(segments.size() - 1);
      if (plain && !last.equals(".") && !last.equals("..")) {
        return;
      }
      String folder = asFolder(u.normalize().toString().replaceAll("(?<!:)/{2,}", "/"));
      throw new InvalidFieldException("baseUrl", "\"" + url + "\" has an empty, '.' or '..' folder in its path, which the 404 page's"
          + " links, the sitemap and the canonical links would publish as written",
          "write the folder the site is published in, with single slashes between its names, e.g. baseUrl: " + folder);
    });
  }

  /**
   * Refuses an address with a user name or password before its host ({@code https://user:pw@…}):
   * every page, the sitemap and the feed would publish them. The message leaves them out.
   */
  private static void requireNoUserInfo(String url) {
    web(url).map(URI::getRawUserInfo).ifPresent(user -> {
      throw new InvalidFieldException("baseUrl", "\"" + shown(url) + "\" holds a user name or password before its host, which every"
          + " page, the sitemap and the feed would publish", "write the address without them, e.g. baseUrl: "
          + USER_INFO.matcher(url).replaceFirst(""));
    });
  }

  /** An address as messages show it: a user name or password before its host written "…", never printed back. */
  public static String shown(String url) {
    return USER_INFO.matcher(url).replaceFirst("…@");
  }

  /**
   * The same site in another language, published at its own address: each page links to the same
   * page there ({@code baseUrl} + the page's path), and names it in its own language.
   */
  public record Translation(
      @Field(ja = "言語", en = "Language", doc = "ja または en。", required = true, values = {"ja", "en"}) String language,
      @Field(ja = "公開URL", en = "Base URL", doc = "別に公開した版の URL。例: https://example.jp/hyoka/en/。省くと、このビルドが出力フォルダの中の言語名のフォルダに作り、このサイトの公開URLの下のそのフォルダで公開される。",
          pattern = SiteConfig.WEB_ADDRESS) String baseUrl,
      @Field(ja = "サイト名", en = "Site title", doc = "このビルドが作る版でのサイト名。省くとこのサイトの title。例: Tsukuba City Project Evaluations") String title,
      @Field(ja = "自治体名", en = "City", doc = "このビルドが作る版での自治体名。省くとこのサイトの city。例: Tsukuba City") String city,
      @Field(ja = "説明", en = "Description", doc = "このビルドが作る版での説明。省くとこのサイトの description。") String description) {

    public Translation {
      Objects.requireNonNull(language, "language");
      requireLanguage(language);
      if (baseUrl != null && (title != null || city != null || description != null)) {
        String field = title != null ? "title" : city != null ? "city" : "description";
        throw new InvalidFieldException(field, "a version published at an address of its own takes its " + field
            + " from its own site.yaml, not from here", "write it in that version's site.yaml, or leave baseUrl out for this build to make the version");
      }
      if (baseUrl != null) {
        if (!isWebAddress(baseUrl) || pageFolder(baseUrl).isPresent()) {
          throw new InvalidFieldException("baseUrl", "\"" + baseUrl + "\" is not the whole web address of a site's folder",
              "write the address the other version is published at, starting with https:// and ending in /, e.g. baseUrl: https://example.jp/hyoka/en/,"
                  + " or leave baseUrl out for the build to make the version in the output's folder " + language + "/");
        }
        requireNoUserInfo(baseUrl);
        requirePlainPath(baseUrl);
        baseUrl = asFolder(baseUrl);
      }
    }

    /** A version this build makes, with the site's own title, city and description. */
    public Translation(String language) {
      this(language, null, null, null, null);
    }

    /** A version in {@code language}, published at {@code baseUrl}; made by this build when that is null. */
    public Translation(String language, String baseUrl) {
      this(language, baseUrl, null, null, null);
    }

    /** Whether this build makes the version, into {@link #folder()} of its output: no address of its own is given. */
    public boolean builtHere() {
      return baseUrl == null;
    }

    /** The folder of the output a version built here goes to: its language's ({@code en/}). */
    public String folder() {
      return language + "/";
    }

    /** The language's name in itself: 日本語, English. */
    public String name() {
      return language.equals("ja") ? "日本語" : "English";
    }
  }

  /** A licence for the published data. */
  public record License(
      @Field(ja = "名称", en = "Name", required = true) String name,
      @Field(ja = "URL", en = "URL") String url) {

    /** 公共データ利用規約 第1.0版, compatible with CC BY 4.0. */
    public static final License PDL1 =
        new License("公共データ利用規約 第1.0版 (PDL1.0)", "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0");

    public License {
      Objects.requireNonNull(name, "name");
      // Every page links it as it is written: a name or a typo here would be a broken link on each.
      if (url != null && web(url).isEmpty()) {
        throw new InvalidFieldException("url", "\"" + url + "\" is not a web address",
            "write the address of the licence's text, starting with https:// or http://, or leave url out to show the name alone");
      }
    }
  }
}

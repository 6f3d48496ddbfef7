package kokai.render.cite;

import java.util.Optional;
import java.util.function.Function;
import kokai.render.text.InterfaceWords;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kokai.model.CostYear;
import kokai.model.Sheet;
import kokai.model.SiteConfig;
import kokai.render.chart.Numbers;
import kokai.render.data.Download;
import kokai.site.Links;

/**
 * What a sheet page says about itself to people who cite it and to machines that preview or index
 * it: the suggested citation, Open Graph and Twitter card tags, and schema.org {@code Dataset}
 * JSON-LD with the data downloads as distributions. URLs are absolute when the site config gives
 * a base URL; without one the permanent URL is left out rather than guessed.
 *
 * <pre>{@code
 * SheetMeta meta = new SheetMeta(config);
 * Citation c = meta.citation(sheet, "2022/088/");
 * String ld = meta.jsonLd(sheet, "2022/088/");   // safe to write unescaped inside <script>
 * }</pre>
 */
public final class SheetMeta {
  /** The form name used when a sheet does not give its own. */
  public static final String DEFAULT_FORM = "事務事業マネジメントシート";
  private static final int SUMMARY_PURPOSE = 100;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final SiteConfig site;
  private final boolean english;
  private final InterfaceWords words;
  private final JsonLd jsonLd = new JsonLd();

  /** Texts follow the site's interface language ({@code language: en} gives English); content stays as written. */
  public SheetMeta(SiteConfig site) {
    this(site, key -> Optional.empty());
  }

  /** As {@link #SheetMeta(SiteConfig)}, naming directions with the theme's words ({@code text}: a message by key). */
  public SheetMeta(SiteConfig site, Function<String, Optional<String>> text) {
    this.site = Objects.requireNonNull(site, "site");
    this.english = "en".equals(site.language());
    this.words = new InterfaceWords(text, english);
  }

  /** The absolute URL of a site-relative one, or null without a base URL. */
  public String absolute(String siteRelative) {
    return site.baseUrl() == null ? null : site.baseUrl() + siteRelative;
  }

  /** The publication date: the sheet's own, else the site's ({@link Sheet#publishedOr}). */
  public LocalDate published(Sheet s) {
    return s.publishedOr(site.published());
  }

  /**
   * The sheet's name as a citation and a preview title use it: 令和4年度 事務事業マネジメントシート 088 …;
   * in English FY2022 088 … (the form's name is the Japanese default, so it is left out).
   */
  public String name(Sheet s) {
    return english
        ? s.year().english() + " " + s.id() + " " + s.title()
        : s.year().japanese() + " " + form(s) + " " + s.id() + " " + s.title();
  }

  public Citation citation(Sheet s, String pageUrl) {
    String url = absolute(pageUrl);
    LocalDate published = published(s);
    List<String> dates = new ArrayList<>();
    if (published != null) {
      dates.add(english ? "published " + englishDate(published) : japaneseDate(published) + "公表");
    }
    if (s.updated() != null && !s.updated().equals(published)) {
      dates.add(english ? "updated " + englishDate(s.updated()) : japaneseDate(s.updated()) + "更新");
    }
    String year = english ? s.year().english() : s.year().japanese();
    return new Citation(text(name(s), dates, url), site.city(), year, s.id(), s.title(), url,
        published == null ? null : published.toString(), s.updated() == null ? null : s.updated().toString());
  }

  /**
   * The suggested citation of a page that is not one sheet's (a project's comparison across
   * fiscal years): the city, the page's title, the date its newest figures are of (the latest
   * publication or update of {@code sheets}, when one is known: the page changes as sheets come)
   * and its permanent address.
   */
  public Citation citation(String title, String pageUrl, List<Sheet> sheets) {
    String url = absolute(pageUrl);
    LocalDate asOf = sheets.stream().map(s -> s.updated() != null ? s.updated() : published(s)).filter(java.util.Objects::nonNull)
        .max(LocalDate::compareTo).orElse(null);
    List<String> dates = asOf == null ? List.of() : List.of(english ? "as of " + englishDate(asOf) : japaneseDate(asOf) + "時点");
    return new Citation(text(title, dates, url), site.city(), null, null, title, url, null, asOf == null ? null : asOf.toString());
  }

  /**
   * A citation's text: the city, the cited name in quotes, its dates and its address (null for
   * none). In Japanese a date follows the closing bracket directly (」2023年7月1日公表), an address
   * after 、; in English each after a comma.
   */
  private String text(String name, List<String> dates, String url) {
    List<String> parts = new ArrayList<>(dates);
    if (url != null) {
      parts.add(url);
    }
    String cited = site.city() + (english ? ", \"" + name + "\"" : "「" + name + "」");
    if (parts.isEmpty()) {
      return cited;
    }
    return cited + (english ? ", " : dates.isEmpty() ? "、" : "") + String.join(english ? ", " : "、", parts);
  }

  /** Open Graph and Twitter card tags, so that a shared link shows the title and a summary. */
  public List<MetaTag> socialTags(Sheet s, String pageUrl) {
    String title = english
        ? s.id() + " " + s.title() + " (" + s.year().english() + ")"
        : s.id() + " " + s.title() + "（" + s.year().japanese() + "）";
    String summary = summary(s);
    List<MetaTag> tags = new ArrayList<>();
    tags.add(new MetaTag("property", "og:type", "article"));
    tags.add(new MetaTag("property", "og:site_name", site.title()));
    tags.add(new MetaTag("property", "og:title", title));
    tags.add(new MetaTag("property", "og:description", summary));
    tags.add(new MetaTag("property", "og:locale", site.language().equals("en") ? "en_US" : "ja_JP"));
    String url = absolute(pageUrl);
    if (url != null) {
      tags.add(new MetaTag("property", "og:url", url));
    }
    tags.add(new MetaTag("name", "twitter:card", "summary"));
    tags.add(new MetaTag("name", "twitter:title", title));
    tags.add(new MetaTag("name", "twitter:description", summary));
    return List.copyOf(tags);
  }

  /**
   * A one-paragraph summary in the interface language: the purpose (shortened, as written), the
   * year's budget and settlement, the direction.
   */
  public String summary(Sheet s) {
    StringBuilder sb = new StringBuilder();
    String purpose = s.overview() == null ? null : s.overview().purpose();
    if (purpose != null && !purpose.isBlank()) {
      String p = purpose.strip();
      sb.append(p.codePointCount(0, p.length()) > SUMMARY_PURPOSE
          ? p.substring(0, p.offsetByCodePoints(0, SUMMARY_PURPOSE)) + "…" : p);
    } else {
      String org = s.organization().department() + " " + s.organization().division();
      sb.append(english ? "A project of " + org + "." : org + "の事務事業。");
    }
    s.findOwnCost().ifPresent(c -> appendFigures(sb, s, c));
    if (s.direction() != null && s.direction().decision() != null) {
      sb.append(english ? " Direction: " : " 方向性: ").append(words.direction(s.direction().decision()));
    }
    return sb.toString();
  }

  private void appendFigures(StringBuilder sb, Sheet s, CostYear c) {
    List<String> figures = new ArrayList<>();
    if (c.budget() != null) {
      figures.add(english ? "budget " + thousands(c.budget()) + " JPY thousand" : "予算額 " + thousands(c.budget()) + "千円");
    }
    if (c.settlement() != null) {
      figures.add(english ? "settlement " + thousands(c.settlement()) + " JPY thousand"
          : "決算額 " + thousands(c.settlement()) + "千円");
    }
    if (!figures.isEmpty()) {
      sb.append(' ').append(english ? s.year().english() : s.year().japanese()).append(' ')
          .append(String.join(english ? ", " : "・", figures)).append(english ? "." : "。");
    }
  }

  /** schema.org Dataset JSON-LD, escaped for a script element. */
  public String jsonLd(Sheet s, String pageUrl, List<Download> downloads) {
    ObjectNode d = F.objectNode();
    d.put("@context", "https://schema.org");
    d.put("@type", "Dataset");
    d.put("name", name(s));
    d.put("description", summary(s));
    String url = absolute(pageUrl);
    if (url != null) {
      d.put("url", url);
      d.put("@id", url);
    }
    d.put("identifier", s.fiscalYear() + "/" + s.id());
    // The language of the data (the sheet as the city wrote it), not of the interface around it.
    d.put("inLanguage", "ja");
    d.put("isAccessibleForFree", true);
    ObjectNode publisher = d.putObject("publisher");
    publisher.put("@type", "GovernmentOrganization");
    publisher.put("name", site.city());
    d.set("creator", publisher.deepCopy());
    d.put("temporalCoverage", s.fiscalYear() + "-04-01/" + (s.fiscalYear() + 1) + "-03-31");
    LocalDate published = published(s);
    if (published != null) {
      d.put("datePublished", published.toString());
    }
    if (s.updated() != null) {
      d.put("dateModified", s.updated().toString());
    }
    d.put("license", site.license().url() != null ? site.license().url() : site.license().name());
    ArrayNode keywords = d.putArray("keywords");
    keywords.add(s.organization().department()).add(s.organization().division());
    s.sdgs().forEach(g -> keywords.add("SDGs " + g));
    ArrayNode dist = d.putArray("distribution");
    for (Download dl : downloads) {
      ObjectNode o = dist.addObject();
      o.put("@type", "DataDownload");
      o.put("name", dl.label());
      o.put("encodingFormat", dl.mediaType());
      String abs = absolute(dl.url());
      // A relative URL in JSON-LD is read against the page's address: 2022/088/sheet.json on 2022/088/ is sheet.json.
      o.put("contentUrl", abs != null ? abs : Links.relative(pageUrl, dl.url()));
    }
    return jsonLd.write(d);
  }

  private String form(Sheet s) {
    return s.form() == null || s.form().isBlank() ? DEFAULT_FORM : s.form();
  }

  /** 2023年7月1日. */
  static String japaneseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** 1 July 2023. */
  static String englishDate(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
        + d.getYear();
  }

  /** 86,185. */
  static String thousands(long v) {
    return Numbers.group(Long.toString(v));
  }
}

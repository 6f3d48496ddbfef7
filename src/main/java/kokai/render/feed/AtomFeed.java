package kokai.render.feed;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kokai.diag.Escaping;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import kokai.render.text.InterfaceWords;
import kokai.render.text.JapaneseRuns;
import kokai.site.SiteIndex;

/**
 * The Atom feed of the sheets ({@code feed.xml}), newest first. Dates come from the content (a
 * sheet's {@code published}/{@code updated}, else the site config's {@code published}), never from
 * the clock, so the same content gives the same bytes; the feed's {@code <updated>} is its newest
 * entry's. Atom needs absolute ids and a date per entry: without a base URL there is no feed, and
 * a sheet without any date is left out. The feed holds the newest {@value #MAX_ENTRIES} entries
 * only: readers poll it for what changed, and the full list is {@code /data/sheets.json}.
 *
 * <p>An English site ({@code language: en}) labels its entries with the theme's English words
 * ("Direction: Continue (継続)") and marks the Japanese content: an element holding content only
 * (the site's title, a sheet's title) carries {@code xml:lang="ja"}, and the summary, where
 * English labels and Japanese content alternate, is XHTML with each Japanese run in a
 * {@code <span xml:lang="ja">}, as the HTML pages mark theirs.
 *
 * <pre>{@code
 * Optional<byte[]> xml = new AtomFeed(config, words).write(sheets, index::sheetUrl);
 * }</pre>
 */
public final class AtomFeed {
  public static final String PATH = "feed.xml";
  /** Dates in content are Japanese calendar days; an entry's time is the start of that day in Japan. */
  private static final String DAY_START = "T00:00:00+09:00";

  /** How many entries the feed keeps; a city's whole history would make a feed of tens of megabytes. */
  public static final int MAX_ENTRIES = 100;

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final SiteConfig site;
  private final int maxEntries;
  private final InterfaceWords words;

  /** A feed without the theme's words: enough to ask {@link #whyNone}; an English feed's labels fall back to plain English. */
  public AtomFeed(SiteConfig site) {
    this(site, MAX_ENTRIES, key -> Optional.empty());
  }

  /** A feed whose labels are the theme's interface text ({@code words} looks up a message key). */
  public AtomFeed(SiteConfig site, Function<String, Optional<String>> words) {
    this(site, MAX_ENTRIES, words);
  }

  /** A feed of at most {@code maxEntries} entries, the newest ones. */
  public AtomFeed(SiteConfig site, int maxEntries, Function<String, Optional<String>> words) {
    this.site = Objects.requireNonNull(site, "site");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a feed needs at least one entry, not " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.words = new InterfaceWords(words, "en".equals(site.language()));
  }

  /**
   * Why a site has no feed, for the build's warning: the field of site.yaml to give, what is
   * missing and how to give it. A site that has a baseUrl is told of the dates, not of its baseUrl.
   */
  public record NoFeed(String field, String message, String hint) {}

  /** Why there is no feed, when there is none. */
  public Optional<NoFeed> whyNone(List<Sheet> sheets) {
    if (site.baseUrl() == null) {
      return Optional.of(new NoFeed("baseUrl", "no feed.xml: the site config has no baseUrl, and a feed needs absolute addresses",
          "set baseUrl (and published) in site.yaml, or pass --base-url to the build"));
    }
    if (sheets.stream().noneMatch(s -> SiteIndex.dated(site, s))) {
      return Optional.of(new NoFeed("published", "no feed.xml: no sheet has a publication date, and each entry of a feed needs one",
          "give the day the site publishes the sheets in site.yaml, e.g. published: 2025-04-01, or a sheet's own published"));
    }
    return Optional.empty();
  }

  /** The feed, or empty when {@link #whyNone} gives a reason. {@code url} gives a sheet's site-relative URL. */
  public Optional<byte[]> write(List<Sheet> sheets, Function<Sheet, String> url) {
    if (whyNone(sheets).isPresent()) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(sheets, url, out);
    return Optional.of(out.toByteArray());
  }

  /**
   * Streams the feed to {@code out} (and closes it), for a city whose feed is large; call only
   * when {@link #whyNone} gives no reason.
   */
  public void write(List<Sheet> sheets, Function<Sheet, String> url, OutputStream out) {
    Optional<NoFeed> none = whyNone(sheets);
    if (none.isPresent()) {
      throw new IllegalStateException(none.get().message());
    }
    try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      entries(sheets, url, new Xml(w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void entries(List<Sheet> sheets, Function<Sheet, String> url, Xml x) {
    List<Sheet> dated = sheets.stream().filter(s -> updated(s) != null)
        .sorted(Comparator.comparing(this::updated).reversed()
            .thenComparing(Comparator.comparingInt(Sheet::fiscalYear).reversed())
            .thenComparing(Sheet::id, SheetRef.NUMBER_ORDER))
        .limit(maxEntries)
        .toList();
    String base = site.baseUrl();
    x.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    x.line("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + Escaping.xml(site.language()) + "\">");
    x.element("id", base);
    x.element("title" + lang(site.title()), "title", site.title());
    if (site.description() != null) {
      x.element("subtitle" + lang(site.description()), "subtitle", site.description());
    }
    x.link("self", "application/atom+xml", base + PATH);
    x.link("alternate", "text/html", base);
    x.element("updated", updated(dated.get(0)) + DAY_START);
    x.line("<author" + lang(site.city()) + "><name>" + Escaping.xml(site.city()) + "</name></author>");
    x.element("rights" + lang(site.license().name()), "rights", site.license().name());
    for (Sheet s : dated) {
      entry(x, s, base + url.apply(s));
    }
    x.line("</feed>");
  }

  private void entry(Xml x, Sheet s, String href) {
    x.line("<entry>");
    x.element("id", href);
    String title = (english() ? s.year().english() : s.year().japanese()) + " " + s.id() + " " + s.title();
    // The title is the sheet's as the page's h1 gives it, which is marked Japanese whole: a Japanese
    // voice reads "FY2022 088" well, an English one cannot read the name at all.
    x.element("title" + lang(title), "title", title);
    x.link("alternate", "text/html", href);
    x.link("alternate", "application/json", href + "sheet.json");
    LocalDate published = published(s);
    if (published != null) {
      x.element("published", published + DAY_START);
    }
    x.element("updated", updated(s) + DAY_START);
    x.line("<category term=\"" + Escaping.xml(s.organization().department()) + "\"" + lang(s.organization().department()) + "/>");
    if (english()) {
      x.line("<summary type=\"xhtml\"><div xmlns=\"" + XHTML + "\">"
          + JapaneseRuns.markup(englishSummary(s), run -> "<span xml:lang=\"ja\" lang=\"ja\">" + run + "</span>")
          + "</div></summary>");
    } else {
      x.element("summary", summary(s));
    }
    x.line("</entry>");
  }

  /** Labels follow the interface language ({@code language: en}); content stays as written. */
  private boolean english() {
    return words.english();
  }

  /**
   * The {@code xml:lang} attribute for an element of the English feed that holds content only and
   * has Japanese in it (the feed itself says {@code en}); nothing in the Japanese feed.
   */
  private String lang(String content) {
    return english() && content.codePoints().anyMatch(JapaneseRuns::isJapanese) ? " xml:lang=\"ja\"" : "";
  }

  private String summary(Sheet s) {
    String org = s.organization().department() + " " + s.organization().division();
    String purpose = s.overview() == null || s.overview().purpose() == null ? "" : " " + s.overview().purpose().strip();
    String direction = s.direction() == null || s.direction().decision() == null ? "" : " 方向性: " + s.direction().decision();
    return org + purpose + direction;
  }

  /**
   * The English summary, labelled as the sheet page labels its parts: "Organisation: 政策イノベーション部
   * 情報政策課 / Purpose: … / Direction: Continue (継続)"; the direction named in English where the
   * theme has the word, the sheet's own word kept beside it, as the other pages write it.
   */
  private String englishSummary(Sheet s) {
    StringBuilder sb = new StringBuilder();
    sb.append(words.get("sheet.organization", "Organisation")).append(": ")
        .append(s.organization().department()).append(' ').append(s.organization().division());
    if (s.overview() != null && s.overview().purpose() != null && !s.overview().purpose().isBlank()) {
      sb.append(" / ").append(words.get("sheet.purpose", "Purpose")).append(": ").append(s.overview().purpose().strip());
    }
    String decision = s.direction() == null ? null : s.direction().decision();
    if (decision != null) {
      sb.append(" / ").append(words.get("sheet.direction", "Direction")).append(": ")
          .append(words.direction(decision));
    }
    return sb.toString();
  }

  private LocalDate published(Sheet s) {
    return s.publishedOr(site.published());
  }

  /** The entry's date: the sheet's update, else its publication, else the site's publication date. */
  LocalDate updated(Sheet s) {
    if (s.updated() != null) {
      return s.published() != null && s.published().isAfter(s.updated()) ? s.published() : s.updated();
    }
    return published(s);
  }
}

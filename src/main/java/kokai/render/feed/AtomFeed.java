package kokai.render.feed;

import kokai.diag.Escaping;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kokai.model.Sheet;
import kokai.model.SiteConfig;

/**
 * The Atom feed of the sheets ({@code feed.xml}), newest first. Dates come from the content (a
 * sheet's {@code published}/{@code updated}, else the site config's {@code published}), never from
 * the clock, so the same content gives the same bytes; the feed's {@code <updated>} is its newest
 * entry's. Atom needs absolute ids and a date per entry: without a base URL there is no feed, and
 * a sheet without any date is left out. The feed holds the newest {@value #MAX_ENTRIES} entries
 * only: readers poll it for what changed, and the full list is {@code /data/sheets.json}.
 *
 * <pre>{@code
 * Optional<byte[]> xml = new AtomFeed(config).write(sheets, index::sheetUrl);
 * }</pre>
 */
public final class AtomFeed {
  public static final String PATH = "feed.xml";
  /** Dates in content are Japanese calendar days; an entry's time is the start of that day in Japan. */
  private static final String DAY_START = "T00:00:00+09:00";

  /** How many entries the feed keeps; a city's whole history would make a feed of tens of megabytes. */
  public static final int MAX_ENTRIES = 100;

  private final SiteConfig site;
  private final int maxEntries;

  public AtomFeed(SiteConfig site) {
    this(site, MAX_ENTRIES);
  }

  /** A feed of at most {@code maxEntries} entries, the newest ones. */
  public AtomFeed(SiteConfig site, int maxEntries) {
    this.site = Objects.requireNonNull(site, "site");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a feed needs at least one entry, not " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  /** Why there is no feed, when there is none: a message for the build's warnings. */
  public Optional<String> whyNone(List<Sheet> sheets) {
    if (site.baseUrl() == null) {
      return Optional.of("no feed.xml: the site config has no baseUrl, and a feed needs absolute addresses");
    }
    if (sheets.stream().noneMatch(s -> updated(s) != null)) {
      return Optional.of("no feed.xml: no sheet has a publication date; give 'published' in site.yaml or the sheets");
    }
    return Optional.empty();
  }

  /** The feed, or empty when {@link #whyNone} gives a reason. {@code url} gives a sheet's site-relative URL. */
  public Optional<byte[]> write(List<Sheet> sheets, Function<Sheet, String> url) {
    if (whyNone(sheets).isPresent()) {
      return Optional.empty();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write(sheets, url, out);
    return Optional.of(out.toByteArray());
  }

  /**
   * Streams the feed to {@code out} (and closes it), for a city whose feed is large; call only
   * when {@link #whyNone} gives no reason.
   */
  public void write(List<Sheet> sheets, Function<Sheet, String> url, java.io.OutputStream out) {
    if (whyNone(sheets).isPresent()) {
      throw new IllegalStateException(whyNone(sheets).get());
    }
    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      entries(sheets, url, new Xml(w));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void entries(List<Sheet> sheets, Function<Sheet, String> url, Xml x) {
    List<Sheet> dated = sheets.stream().filter(s -> updated(s) != null)
        .sorted(Comparator.comparing(this::updated).reversed()
            .thenComparing(Comparator.comparingInt(Sheet::fiscalYear).reversed())
            .thenComparing(Sheet::id))
        .limit(maxEntries)
        .toList();
    String base = site.baseUrl();
    x.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    x.line("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + Escaping.xml(site.language()) + "\">");
    x.element("id", base);
    x.element("title", site.title());
    if (site.description() != null) {
      x.element("subtitle", site.description());
    }
    x.link("self", "application/atom+xml", base + PATH);
    x.link("alternate", "text/html", base);
    x.element("updated", updated(dated.get(0)) + DAY_START);
    x.line("<author><name>" + Escaping.xml(site.city()) + "</name></author>");
    x.element("rights", site.license().name());
    for (Sheet s : dated) {
      entry(x, s, base + url.apply(s));
    }
    x.line("</feed>");
  }

  private void entry(Xml x, Sheet s, String href) {
    x.line("<entry>");
    x.element("id", href);
    x.element("title", (english() ? s.year().english() : s.year().japanese()) + " " + s.id() + " " + s.title());
    x.link("alternate", "text/html", href);
    x.link("alternate", "application/json", href + "sheet.json");
    LocalDate published = published(s);
    if (published != null) {
      x.element("published", published + DAY_START);
    }
    x.element("updated", updated(s) + DAY_START);
    x.line("<category term=\"" + Escaping.xml(s.organization().department()) + "\"/>");
    x.element("summary", summary(s));
    x.line("</entry>");
  }

  /** Labels follow the interface language ({@code language: en}); content stays as written. */
  private boolean english() {
    return "en".equals(site.language());
  }

  private String summary(Sheet s) {
    String org = s.organization().department() + " " + s.organization().division();
    String purpose = s.overview() == null || s.overview().purpose() == null ? "" : " " + s.overview().purpose().strip();
    String direction = s.direction() == null || s.direction().decision() == null
        ? "" : (english() ? " Direction: " : " 方向性: ") + s.direction().decision();
    return org + purpose + direction;
  }

  private LocalDate published(Sheet s) {
    return s.published() != null ? s.published() : site.published();
  }

  /** The entry's date: the sheet's update, else its publication, else the site's publication date. */
  LocalDate updated(Sheet s) {
    if (s.updated() != null) {
      return s.published() != null && s.published().isAfter(s.updated()) ? s.published() : s.updated();
    }
    return published(s);
  }
}

package kokai.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import kokai.load.Content;
import kokai.model.Sheet;
import kokai.model.SheetRef;
import kokai.model.SiteConfig;
import kokai.testutil.SampleContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  @TempDir static Path dir;
  static Content content;

  @BeforeAll
  static void load() {
    content = SampleContent.load(dir);
  }

  static String url(Sheet s) {
    return s.fiscalYear() + "/" + s.id() + "/";
  }

  @Test
  void feedIsAtomWithEveryRequiredElementAndEntriesNewestFirst() throws Exception {
    byte[] xml = new AtomFeed(content.site()).write(content.sheets(), AtomFeedTest::url).orElseThrow();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element feed = d.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(child(feed, "id")).isEqualTo("https://example.jp/hyoka/");
    assertThat(child(feed, "title")).isEqualTo("テスト市 事務事業評価");
    assertThat(feed.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();

    // the expected order and dates, worked out from the content: updated, else published, else the site's date
    LocalDate site = content.site().published();
    List<Sheet> expected = new ArrayList<>(content.sheets());
    expected.sort(Comparator.comparing((Sheet s) -> date(s, site)).reversed()
        .thenComparing(Comparator.comparingInt(Sheet::fiscalYear).reversed()).thenComparing(Sheet::id, SheetRef.NUMBER_ORDER));
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(expected.size());
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      Sheet s = expected.get(i);
      assertThat(child(e, "id")).isEqualTo("https://example.jp/hyoka/" + url(s));
      assertThat(child(e, "title")).contains(s.id(), s.title());
      assertThat(child(e, "updated")).isEqualTo(date(s, site) + "T00:00:00+09:00");
      assertThat(((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
          .isEqualTo("https://example.jp/hyoka/" + url(s));
    }
    assertThat(child(feed, "updated")).isEqualTo(date(expected.get(0), site) + "T00:00:00+09:00");
    assertThat(new AtomFeed(content.site()).write(content.sheets(), AtomFeedTest::url).orElseThrow()).isEqualTo(xml);
  }

  @Test
  void feedKeepsOnlyTheNewestEntries() throws Exception {
    LocalDate site = content.site().published();
    List<Sheet> expected = new ArrayList<>(content.sheets());
    expected.sort(Comparator.comparing((Sheet s) -> date(s, site)).reversed()
        .thenComparing(Comparator.comparingInt(Sheet::fiscalYear).reversed()).thenComparing(Sheet::id, SheetRef.NUMBER_ORDER));
    int cap = expected.size() - 2;
    byte[] xml = new AtomFeed(content.site(), cap, k -> Optional.empty()).write(content.sheets(), AtomFeedTest::url).orElseThrow();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      ids.add(child((Element) entries.item(i), "id"));
    }
    assertThat(ids).containsExactlyElementsOf(
        expected.subList(0, cap).stream().map(s -> "https://example.jp/hyoka/" + url(s)).toList());
  }

  @Test
  void englishInterfaceLabelsEntriesInEnglish() throws Exception {
    SiteConfig c = content.site();
    SiteConfig en = new SiteConfig(c.title(), c.city(), c.baseUrl(), "en", c.description(), c.license(), c.theme(),
        c.departmentSlugs(), c.published());
    Map<String, String> words = Map.of("direction.value.継続", "Go on", "sheet.direction", "Way");
    byte[] bytes = new AtomFeed(en, k -> Optional.ofNullable(words.get(k))).write(content.sheets(), AtomFeedTest::url)
        .orElseThrow();
    String xml = new String(bytes, StandardCharsets.UTF_8);
    Sheet directed = content.sheets().stream().filter(s -> s.direction() != null && "継続".equals(s.direction().decision()))
        .findFirst().orElseThrow();
    assertThat(xml).contains("FY" + directed.fiscalYear() + " " + directed.id() + " " + directed.title())
        .doesNotContain("方向性", "年度 ");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    Element summary = (Element) feed.getElementsByTagNameNS(ATOM, "summary").item(0);
    assertThat(summary.getAttribute("type")).isEqualTo("xhtml");
    // The theme's words where it has them, plain English where not; the sheet's own word kept.
    String expectedDirection = "Way: Go on (継続)";
    assertThat(feed.getTextContent()).contains(expectedDirection, "Organisation: ");
  }

  @Test
  void noBaseUrlMeansNoFeedAndAReason() {
    SiteConfig c = content.site();
    SiteConfig local = new SiteConfig(c.title(), c.city(), null, c.language(), c.description(), c.license(), c.theme(),
        c.departmentSlugs(), c.published());
    AtomFeed feed = new AtomFeed(local);
    assertThat(feed.write(content.sheets(), AtomFeedTest::url)).isEmpty();
    assertThat(feed.whyNone(content.sheets())).get().extracting(AtomFeed.NoFeed::field).isEqualTo("baseUrl");
  }

  private static LocalDate date(Sheet s, LocalDate site) {
    LocalDate published = s.published() != null ? s.published() : site;
    if (s.updated() == null) {
      return published;
    }
    return published != null && published.isAfter(s.updated()) ? published : s.updated();
  }

  private static String child(Element parent, String name) {
    NodeList l = parent.getChildNodes();
    for (int i = 0; i < l.getLength(); i++) {
      if (l.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        return e.getTextContent();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }
}

package kokai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content is data, never markup: a sheet with script, quotes and javascript: links in every text
 * field, and a Markdown page with raw HTML and unsafe links, show as text and never run.
 */
class EscapingTest {
  static final String EVIL = "<script>alert(\"x\")</script>\"'><img src=x onerror=alert(1)> javascript:alert(1)";

  @TempDir Path dir;

  @Test
  void nothingFromContentBecomesMarkupOrScript() throws Exception {
    String e = "'" + EVIL.replace("'", "''") + "'";
    String sheet = """
        fiscalYear: 2022
        id: "001"
        title: %1$s
        form: %1$s
        budgetAccount: {code: %1$s, name: %1$s}
        organization: {department: %1$s, division: %1$s, section: %1$s}
        mayoralPledges: [%1$s]
        strategicPlan: [{code: %1$s, title: %1$s}]
        status: %1$s
        classification: %1$s
        delivery: %1$s
        plans: [%1$s]
        legalBases: [%1$s]
        period: %1$s
        sdgs: [1]
        overview: {target: %1$s, purpose: %1$s, activities: %1$s}
        costs:
          - {fiscalYear: 2022, budget: 1, settlement: 1, personnel: {total: 1}}
        participation: {sharing: %1$s, planning: %1$s, implementation: %1$s, evaluation: %1$s}
        indicators:
          - name: %1$s
            unit: %1$s
            kind: 成果指標
            description: %1$s
            values: [{fiscalYear: 2022, target: 1, actual: 1}]
        results: {previousIssuesResponse: %1$s, achievements: %1$s, operationalIssues: %1$s, organizationalIssues: %1$s, improvementGoal: %1$s}
        evaluation:
          citizenNeeds: {score: 3, comment: %1$s}
          progress: {score: 3, comment: %1$s}
          cityInvolvement: {score: 3, comment: %1$s}
          priority: {score: 3, comment: %1$s}
        direction: {decision: %1$s, reason: %1$s}
        """.formatted(e);
    String markdown = """
        # 危険な<script>alert(1)</script>題
        <script>alert(1)</script>

        <img src=x onerror=alert(1)>

        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) [d](data:text/html,x)
        ![e](javascript:alert(1)) <a href="javascript:alert(1)">f</a> [ok](/departments/)
        """;
    MiniSite s = MiniSite.in(dir).sheet(2022, "001", sheet).file("content/pages/evil.md", markdown);
    s.buildOk();
    Map<String, byte[]> files = s.files();
    int pages = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".html")) {
        continue;
      }
      pages++;
      Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
      for (Element el : d.getAllElements()) {
        if (el.tagName().equals("script") && el.attr("type").equals("application/ld+json")) {
          // JSON-LD: data only, and the content's "</script>" stays inside the JSON string
          assertThat(el.data()).as(f.getKey()).doesNotContain("<");
          assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(el.data()).get("name").asText())
              .as(f.getKey()).contains(EVIL);
        } else if (el.tagName().equals("script")) {
          assertThat(el.attr("src")).as(f.getKey()).matches(".*(assets/js/(sort|copy|search)|search/index/manifest)\\.js");
          assertThat(el.data()).as(f.getKey()).isEmpty();
        }
        for (Attribute a : el.attributes()) {
          assertThat(a.getKey()).as(f.getKey() + " " + el.tagName()).doesNotStartWith("on");
          String v = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
          assertThat(v).as(f.getKey() + " " + el.tagName() + "@" + a.getKey()).doesNotStartWith("javascript:").doesNotStartWith("data:");
        }
        assertThat(el.tagName()).as(f.getKey()).isNotEqualTo("img");
      }
    }
    assertThat(pages).isGreaterThan(8);
    Document sheetPage = s.page("2022/001/");
    assertThat(sheetPage.select("h1").text()).isEqualTo("001 " + EVIL);
    assertThat(sheetPage.select("#overview dd").eachText()).containsOnly(EVIL);
    assertThat(sheetPage.select("#results dd").eachText()).containsOnly(EVIL);
    assertThat(sheetPage.select("#evaluation td:not(.score)").eachText()).containsOnly(EVIL);
    assertThat(sheetPage.select("#direction dd").eachText()).containsOnly(EVIL);
    assertThat(sheetPage.select("#participation dd").eachText()).containsOnly(EVIL);
    assertThat(sheetPage.select("#indicator-1 h3").text()).isEqualTo("指標1: " + EVIL);
    Document page = s.page("pages/evil/");
    assertThat(page.select("h1").text()).isEqualTo("危険な<script>alert(1)</script>題");
    assertThat(page.select(".prose").text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">f</a>");
    assertThat(page.select(".prose a").eachText()).containsExactly("ok");
    assertThat(page.select(".prose a").attr("href")).isEqualTo("../../departments/index.html");
  }
}

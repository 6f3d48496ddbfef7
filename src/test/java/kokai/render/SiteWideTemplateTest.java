package kokai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kokai.diag.Diagnostics;
import kokai.diag.SourceLocation;
import kokai.model.SiteConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which city templates may show other sheets' data than the pages an edit renders again: the
 * preview then rebuilds the whole site for each edit. A template's expression that kokai's
 * template of its name has too is read as kokai's is; a new one that reads the site, or the page
 * beyond a listing's own group, is not.
 */
class SiteWideTemplateTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      partials/footer.ftlh     | <p>${(site.totals()?last.budget())!0}</p>                   | true
      partials/footer.ftlh     | <#assign s = site><p>${s.sheets()?first.title()}</p>        | true
      partials/footer.ftlh     | <p>${(site["totals"]()?last.budget())!0}</p>                | true
      partials/head-extra.ftlh | <meta name="x" content="${site.sheets()?first.title()}">    | true
      year.ftlh                | <p>${(site.years()?last.totals().budget())!0}</p>           | true
      department.ftlh          | <p>${(site.departments()?first.totals()?last.budget())!0}</p> | true
      sheet.ftlh               | <p>${(page.next().findOwnCost().get().budget())!0}</p>      | true
      sheet.ftlh               | <p>${page.department().sheets()?size}</p>                   | true
      404.ftlh                 | <p>${site.years()?first.sheets()?first.title()}</p>         | true
      partials/header.ftlh     | <p>${(y.totals().budget())!0}</p>                          | true
      partials/header.ftlh     | <p>${menuYears}</p>                                         | false
      sheet.ftlh               | <p>${page.sheet().period()!""}</p>                         | false
      sheet.ftlh               | <#assign d = page.department()><p>${d.name()}</p>          | true
      year.ftlh                | <p>市の独自の一文</p>                                          | false
      year.ftlh                | <#list page.year().sheets() as s>${s.title()}</#list>       | false
      department.ftlh          | <p>${page.department().totals()?size}</p>                   | false
      home.ftlh                | <p>${(site.totals()?last.budget())!0}</p>                   | false
      partials/footer.ftlh     | <p>${t("footer.note")!""} ${config.city()}</p>             | false
      """)
  void aNewExpressionReadingTheSiteOrAnotherSheetMakesEachEditAFullBuild(String template, String added, boolean wide)
      throws IOException {
    Path kokais = Path.of("themes/default/templates").resolve(template);
    String base = Files.isRegularFile(kokais) ? Files.readString(kokais) : "";
    Path file = dir.resolve("themes/city/templates").resolve(template);
    Files.createDirectories(file.getParent());
    Files.writeString(file, base + added + "\n");
    SiteConfig config = new SiteConfig("テスト市 事務事業評価", "テスト市", null, "ja", null, null, "city", Map.of(), null);
    Optional<Theme> theme = Theme.locate(dir.resolve("themes"), config, () -> SourceLocation.of(dir), new Diagnostics());
    assertThat(theme).isPresent();
    assertThat(theme.get().siteWideTemplate()).isEqualTo(wide ? Optional.of(file) : Optional.empty());
  }
}

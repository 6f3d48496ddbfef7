package kokai.render;

import java.util.List;
import kokai.model.CostYear;
import kokai.model.Indicator;
import kokai.model.Page;
import kokai.model.Sheet;
import kokai.site.Department;
import kokai.site.DirectionGroup;
import kokai.site.SdgGroup;
import kokai.site.YearGroup;

/**
 * The page kinds of the site, one record each. Public (though only this package makes them) so
 * that the templates' reflective calls to their methods that are not components (made through
 * Freemarker's bean wrapping; components are read by {@link RecordModel}) take the JVM's quick
 * access check: on a class outside the caller's reach every call takes the slow one.
 */
public final class Pages {
  private Pages() {}

  /** One column of a sheet's cost table with the derived total cost and the previous year's total. */
  public record CostColumn(CostYear cost, Long total, Long previousTotal) {
    public Long general() {
      return cost.funding() == null ? null : cost.funding().general();
    }

    public Long grantsAndBonds() {
      return cost.funding() == null ? null : cost.funding().grantsAndBonds();
    }

    public Long other() {
      return cost.funding() == null ? null : cost.funding().other();
    }

    public Long personnelTotal() {
      return cost.personnel() == null ? null : cost.personnel().total();
    }

    public java.math.BigDecimal regularStaff() {
      return cost.personnel() == null ? null : cost.personnel().regularStaff();
    }

    public java.math.BigDecimal overtimeHours() {
      return cost.personnel() == null ? null : cost.personnel().overtimeHours();
    }

    public Boolean appointedStaff() {
      return cost.personnel() == null ? null : cost.personnel().fiscalYearAppointedStaff();
    }
  }

  /** A sheet's permanent page. Indicators are the shown ones (placeholders removed). */
  public record SheetPage(Sheet sheet, String url, Department department, List<CostColumn> costs,
      List<Indicator> indicators, List<Integer> indicatorYears, List<Sheet> otherYears, Sheet previous, Sheet next,
      SheetData data, java.time.LocalDate published) implements PageModel {
    @Override
    public String template() {
      return "sheet.ftlh";
    }

    @Override
    public String title() {
      return sheet.id() + " " + sheet.title();
    }
  }

  /** A department's page; {@code chart} draws its totals per year (null without any). */
  public record DepartmentPage(Department department, String url, kokai.render.chart.Chart chart) implements PageModel {
    @Override
    public String template() {
      return "department.ftlh";
    }

    @Override
    public String title() {
      return department.name();
    }
  }

  public record DepartmentsPage(List<Department> departments, String url, String title) implements PageModel {
    @Override
    public String template() {
      return "departments.ftlh";
    }
  }

  public record YearPage(YearGroup year, String url, String title) implements PageModel {
    @Override
    public String template() {
      return "year.ftlh";
    }
  }

  /** An SDG goal's overview: its totals per fiscal year, each year linking to its page. */
  public record SdgPage(SdgGroup sdg, String url, String title) implements PageModel {
    @Override
    public String template() {
      return "sdg.ftlh";
    }
  }

  /** The sheets of one fiscal year serving an SDG goal; {@code groupTitle} is the overview's title. */
  public record SdgYearPage(SdgGroup sdg, YearGroup year, String url, String title, String groupTitle)
      implements PageModel {
    @Override
    public String template() {
      return "sdg-year.ftlh";
    }
  }

  /** A direction's overview: its totals per fiscal year, each year linking to its page. */
  public record DirectionPage(DirectionGroup direction, String url, String title) implements PageModel {
    @Override
    public String template() {
      return "direction.ftlh";
    }
  }

  /** The sheets of one fiscal year with a direction; {@code groupTitle} is the overview's title. */
  public record DirectionYearPage(DirectionGroup direction, YearGroup year, String url, String title,
      String groupTitle) implements PageModel {
    @Override
    public String template() {
      return "direction-year.ftlh";
    }
  }

  public record HomePage(String url, String title) implements PageModel {
    @Override
    public String template() {
      return "home.ftlh";
    }
  }

  /** A Markdown page; {@code japanese} whether its text is written in Japanese ({@link kokai.render.text.JapaneseRuns#mostlyJapanese}). */
  public record MarkdownPage(Page page, String url, String html, boolean japanese) implements PageModel {
    @Override
    public String template() {
      return "page.ftlh";
    }

    @Override
    public String title() {
      return page.title();
    }
  }

  /** The search page; the search stage supplies its script and index. */
  public record SearchPage(String url, String title) implements PageModel {
    @Override
    public String template() {
      return "search.ftlh";
    }
  }

  public record NotFoundPage(String url, String title) implements PageModel {
    @Override
    public String template() {
      return "404.ftlh";
    }

    @Override
    public boolean listed() {
      return false;
    }
  }
}

package kokai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kokai.model.Evaluation;
import kokai.model.Indicator;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.PlanEntry;
import kokai.model.Results;
import kokai.model.Score;
import kokai.model.Sheet;

/**
 * What the search knows of one sheet: its text in three zones by weight (title, overview, the
 * rest), each zone the sheet's fields in display form joined by {@link #FIELD_SEPARATOR}, and the
 * values the filters use. The zones are made from the sheet each time they are asked for, not
 * kept: at 100,000 sheets a second copy of every text would not fit beside the postings.
 *
 * <p>Positions in the index count in the zones; snippets show the {@link #fields} as written, which
 * {@code search.js} turns into the same zones, keeping for each character where it came from.
 *
 * @param url the sheet's page relative to the site root, such as {@code 2022/088/index.html}
 */
record SheetDocument(Sheet sheet, String url) {
  /** Between two fields of a zone; never inside a field, so no n-gram or phrase spans two fields. */
  static final char FIELD_SEPARATOR = '\n';

  static final int TITLE = 0;
  static final int OVERVIEW = 1;
  static final int REST = 2;

  SheetDocument {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(url, "url");
  }

  static SheetDocument of(Sheet s, String url) {
    return new SheetDocument(s, url);
  }

  /** The title, overview and rest zones, made afresh. */
  List<String> zones() {
    return List.of(join(List.of(sheet.title(), sheet.id())), join(overview(sheet.overview())), join(rest(sheet)));
  }

  /**
   * The fields of each zone as the sheet writes them, leaving out those with no text in display
   * form, so that their display forms joined by {@link #FIELD_SEPARATOR} are the {@link #zones}.
   */
  List<List<String>> fields() {
    return List.of(shown(List.of(sheet.title(), sheet.id())), shown(overview(sheet.overview())), shown(rest(sheet)));
  }

  private static List<String> shown(List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (String f : fields) {
      if (SearchText.hasDisplayText(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> overview(Overview o) {
    return o == null ? List.of() : listOf(o.target(), o.purpose(), o.activities());
  }

  /** Every other text field, in the order of the printed sheet. */
  private static List<String> rest(Sheet s) {
    List<String> out = new ArrayList<>();
    out.add(s.form());
    out.addAll(listOf(s.organization().department(), s.organization().division(), s.organization().section()));
    if (s.budgetAccount() != null) {
      out.addAll(listOf(s.budgetAccount().code(), s.budgetAccount().name()));
    }
    out.addAll(s.mayoralPledges());
    for (PlanEntry p : s.strategicPlan()) {
      out.addAll(listOf(p.code(), p.title()));
    }
    out.addAll(listOf(s.status(), s.classification(), s.delivery()));
    out.addAll(s.plans());
    out.addAll(s.legalBases());
    out.add(s.period());
    Participation p = s.participation();
    if (p != null) {
      out.addAll(listOf(p.sharing(), p.planning(), p.implementation(), p.evaluation()));
    }
    for (Indicator i : s.indicators()) {
      out.addAll(listOf(i.name(), i.unit(), i.kind() == null ? null : i.kind().label(), i.description()));
    }
    Results r = s.results();
    if (r != null) {
      out.addAll(listOf(r.previousIssuesResponse(), r.achievements(), r.operationalIssues(),
          r.organizationalIssues(), r.improvementGoal()));
    }
    Evaluation e = s.evaluation();
    if (e != null) {
      for (Score score : new Score[] {e.citizenNeeds(), e.progress(), e.cityInvolvement(), e.priority()}) {
        out.add(score == null ? null : score.comment());
      }
    }
    if (s.direction() != null) {
      out.addAll(listOf(s.direction().decision(), s.direction().reason()));
    }
    return out;
  }

  private static List<String> listOf(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v);
    }
    return out;
  }

  /** The display forms of the fields with any text, joined: a zone. */
  private static String join(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (String f : fields) {
      String d = SearchText.display(f);
      if (d.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(FIELD_SEPARATOR);
      }
      b.append(d);
    }
    return b.toString();
  }

  String department() {
    return sheet.organization().department();
  }

  String direction() {
    // Without blanks around it (the model drops them), as the listings and the search page's options name it.
    return sheet.direction() == null ? null : sheet.direction().decision();
  }
}

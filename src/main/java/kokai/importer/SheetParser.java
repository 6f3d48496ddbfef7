package kokai.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kokai.model.CostYear;
import kokai.model.Direction;
import kokai.model.Evaluation;
import kokai.model.Indicator;
import kokai.model.InvalidFieldException;
import kokai.model.Overview;
import kokai.model.Participation;
import kokai.model.Results;
import kokai.model.Sheet;

/** Reads one sheet of the published layout, part by part; empty when anything could not be read. */
final class SheetParser {
  private SheetParser() {}

  /**
   * A sheet read from a file, or the problems that stopped it; {@code name} is its number and title
   * as printed, when they could be read, to name a skipped sheet; {@code parts} the parts it has.
   */
  record Parsed(SheetBlock block, String name, Optional<Sheet> sheet, Problems problems, Set<Section> parts) {
    /** This sheet refused: the file ended before its parts {@code missing}, which the file's other sheets have. */
    Parsed cutOff(List<Section> missing) {
      Row last = block.rows().stream().filter(r -> !r.isBlank()).reduce((a, b) -> b).orElse(block.heading());
      problems.error(last, null, "the file ends in this sheet, before its part " + missing.get(0).title()
          + ", which the file's other sheets have: the file seems cut off, so the sheet is not written",
          "import the whole file again");
      return new Parsed(block, name, Optional.empty(), problems, parts);
    }
  }

  /**
   * The parts, in the sheet's order, that the last sheet of a file lacks at its end while every
   * other sheet of the file has them: what a copy cut off in its last sheet looks like. Empty when
   * the file has one sheet, or the last sheet lacks nothing at its end that the others have.
   */
  static List<Section> cutOff(List<Parsed> file) {
    if (file.size() < 2) {
      return List.of();
    }
    Set<Section> inAllOthers = EnumSet.allOf(Section.class);
    file.subList(0, file.size() - 1).forEach(p -> inAllOthers.retainAll(p.parts()));
    Set<Section> last = file.get(file.size() - 1).parts();
    List<Section> missing = new ArrayList<>();
    for (Section s : Section.values()) {
      if (last.contains(s)) {
        missing.clear();
      } else if (inAllOthers.contains(s)) {
        missing.add(s);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * A sheet refused as a whole for {@code p}'s error at its heading, before its parts are read: named
   * as the report names the others, by its 事務事業名 line's text, with the parts whose headings it has.
   */
  private static Parsed refused(Path file, SheetBlock block, Problems p) {
    String name = block.rows().stream().map(Row::joined).filter(t -> t.startsWith(BasicField.NAME.label))
        .map(t -> t.substring(BasicField.NAME.label.length()).strip()).filter(t -> !t.isEmpty()).findFirst().orElse(null);
    return new Parsed(block, name, Optional.empty(), p, Sections.of(block, new Problems(file)).present());
  }

  static Parsed parse(Path file, SheetBlock block) {
    Problems p = new Problems(file);
    if (block.rows().stream().allMatch(r -> r.cells().size() < 2)) {
      // One error for the sheet, not one for each of its lines: its cells run together.
      p.error(block.heading(), null, Importer.NO_TAB, Importer.TAB_HINT);
      // Its parts' headings are there, each a line of one cell: the sheet is not cut off.
      return refused(file, block, p);
    }
    if (!block.yearRead()) {
      p.error(block.heading(), null, SheetSplitter.unreadYear(block.heading()),
          "write the heading's year as 令和 4年度, or with the Western year of the same fiscal year: 令和4年度（2022年度）");
      return refused(file, block, p);
    }
    Sections parts = Sections.of(block, p);
    int year = block.fiscalYear();
    List<Row> basicRows = parts.find(Section.BASIC).orElseGet(() -> {
      p.error(block.heading(), null, "the sheet has no part " + Section.BASIC.title(),
          "the sheet heading is followed by 事業の基本情報 and its lines (事務事業名, 予算科目, …)");
      return List.of();
    });
    BasicInfo basic = BasicInfoParser.parse(basicRows, block.heading(), p);
    Overview overview = parts.find(Section.OVERVIEW).map(r -> NarrativeParser.overview(r, p)).orElse(null);
    List<CostYear> costs = parts.find(Section.COSTS).map(r -> CostTableParser.parse(r, year, p)).orElse(List.of());
    Participation participation =
        parts.find(Section.PARTICIPATION).map(r -> NarrativeParser.participation(r, p)).orElse(null);
    List<Indicator> indicators =
        parts.find(Section.INDICATORS).map(r -> IndicatorParser.parse(r, year, p)).orElse(List.of());
    Results results = parts.find(Section.RESULTS).map(r -> NarrativeParser.results(r, p)).orElse(null);
    Evaluation evaluation = parts.find(Section.EVALUATION).map(r -> EvaluationParser.parse(r, p)).orElse(null);
    Direction direction = parts.find(Section.DIRECTION).map(r -> NarrativeParser.direction(r, p)).orElse(null);
    for (Section s : Section.values()) {
      if (parts.find(s).isEmpty() && s != Section.BASIC) {
        p.warning(block.heading(), null, null, "the sheet has no part " + s.title() + "; its fields are left empty",
            "check that the part's heading line is present");
      }
    }
    String name = basic.id() == null ? null : basic.id() + " " + basic.title();
    if (p.hasErrors()) {
      return new Parsed(block, name, Optional.empty(), p, parts.present());
    }
    try {
      Sheet sheet = new Sheet(year, basic.id(), basic.title(), block.form(), null, null, basic.budgetAccount(),
          basic.organization(), basic.mayoralPledges(), basic.strategicPlan(), basic.status(),
          basic.classification(), basic.delivery(), basic.plans(), basic.legalBases(), basic.period(),
          basic.sdgs(), overview, costs, participation, indicators, results, evaluation, direction, List.of(), null);
      return new Parsed(block, name, Optional.of(sheet), p, parts.present());
    } catch (IllegalArgumentException | NullPointerException e) {
      String field = e instanceof InvalidFieldException f ? f.field() : null;
      p.error(block.heading(), null, field, "the sheet cannot be imported: " + e.getMessage(),
          "correct the value named in the message in the input file");
      return new Parsed(block, name, Optional.empty(), p, parts.present());
    }
  }
}

package kokai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import kokai.diag.Diagnostic;
import kokai.model.CostYear;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;

/**
 * 財源内訳 as other sheets print it: 国庫支出金, 県支出金 and 地方債 each on a line of its own instead
 * of the seed's one line 国庫、県支出金、地方債, the lines in another order, or a line left out.
 */
class FundingVariantsTest {
  private static final String S087 = Seed.sheet("087");
  private static final String GENERAL_087 = "\t内訳\t一般財源\t(千円)\t22,831\t6,670\t5,680\t0\t0\n";
  private static final String GRANTS_087 = "\t\t国庫、県支出金、地方債\t(千円)\t0\t12,343\t1,667\t0\t0\n";
  private static final String OTHER_087 = "\t\tその他\t(千円)\t2,026\t70\t291\t0\t0\n";

  /**
   * The model's one field is the three sources together: their lines are added up per year, a
   * blank line adds nothing, and a future year's 0 is still "not known yet".
   */
  @Test
  void grantsAndBondsOnLinesOfTheirOwnAreAddedUp() {
    String split = S087.replace(GRANTS_087, "\t\t国庫支出金\t(千円)\t0\t10,000\t1,000\t0\t0\n"
        + "\t\t県支出金\t(千円)\t0\t2,000\t—\t0\t0\n"
        + "\t\t地方債\t(千円)\t0\t343\t667\t0\t0\n");
    assertThat(split).isNotEqualTo(S087);
    SheetParser.Parsed p = Fixtures.parseOne(split);

    Sheet s = p.sheet().orElseThrow(() -> new AssertionError(p.problems().all()));
    assertThat(s).isEqualTo(Fixtures.sheet(S087));
    assertThat(s.costs()).extracting(c -> c.funding().grantsAndBonds()).containsExactly(0L, 12343L, 1667L, null, null);
  }

  /** 国・県支出金 on one line and 地方債 on another are the same three sources. */
  @Test
  void grantsTogetherAndBondsApartAreAddedUp() {
    String split = S087.replace(GRANTS_087, "\t\t国・県支出金\t(千円)\t0\t12,000\t1,667\t0\t0\n"
        + "\t\t地方債\t(千円)\t0\t343\t0\t0\t0\n");
    assertThat(split).isNotEqualTo(S087);

    assertThat(Fixtures.sheet(split)).isEqualTo(Fixtures.sheet(S087));
  }

  /** A source printed both alone and inside a line that already holds it would be counted twice: refused. */
  @Test
  void aSourcePrintedAloneBesideTheLineThatHoldsItIsAnError() {
    String twice = S087.replace(GRANTS_087, GRANTS_087 + "\t\t地方債\t(千円)\t0\t343\t0\t0\t0\n");
    assertThat(twice).isNotEqualTo(S087);

    Diagnostic d = Fixtures.refused(twice);
    assertThat(d.location().line()).isEqualTo(lineOf(twice, "\t\t地方債\t"));
    assertThat(d.field()).isEqualTo("costs.funding.grantsAndBonds");
    assertThat(d.message()).contains("地方債").contains("国庫、県支出金、地方債").contains("line " + lineOf(twice, GRANTS_087));

    String grantsTwice = S087.replace(GRANTS_087, "\t\t国県支出金\t(千円)\t0\t12,000\t1,667\t0\t0\n"
        + "\t\t国庫支出金\t(千円)\t0\t12,000\t1,667\t0\t0\n");
    assertThat(Fixtures.refused(grantsTwice).message()).contains("国庫支出金").contains("line " + lineOf(grantsTwice, "\t\t国県支出金"));
  }

  @Test
  void fundingLinesInAnotherOrderReadTheSame() {
    String reordered = S087.replace(GENERAL_087 + GRANTS_087 + OTHER_087,
        "\t内訳\t" + OTHER_087.substring(2) + GRANTS_087 + GENERAL_087.replace("\t内訳\t", "\t\t"));
    assertThat(reordered).isNotEqualTo(S087);

    assertThat(Fixtures.sheet(reordered)).isEqualTo(Fixtures.sheet(S087));
  }

  /** A form without a source's line leaves it unknown in every year, and says so at the table's heading. */
  @Test
  void aFundingLineLeftOutIsUnknownInEveryYearAndSaid() {
    String without = S087.replace(OTHER_087, "");
    assertThat(without).isNotEqualTo(S087);
    SheetParser.Parsed p = Fixtures.parseOne(without);

    assertThat(p.sheet().orElseThrow().costs()).extracting(CostYear::funding)
        .allSatisfy(f -> assertThat(f.other()).isNull());
    Diagnostic w = Fixtures.onlyWarning(p.problems().all().stream().filter(d -> "costs.funding.other".equals(d.field())).toList());
    assertThat(w.location().line()).isEqualTo(lineOf(without, "項目\t"));
    assertThat(w.message()).contains("その他").contains("left empty");
  }

  private static int lineOf(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if ((lines[i] + "\n").startsWith(start) || (lines[i] + "\n").equals(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }
}

package kokai.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kokai.diag.Diagnostics;
import kokai.model.Sheet;
import org.junit.jupiter.api.Test;

/** Loading shares equal values between sheets and changes none of them. */
class ValuePoolTest {
  private static final Path CONTENT = Path.of("content");

  @Test
  void equalValuesAreOneCopyButEqualNumbersOfOtherScaleAreNot() {
    ValuePool pool = new ValuePool();
    String a = pool.keep(new String("子育て支援課"));
    assertThat(pool.keep(new String("子育て支援課"))).isSameAs(a);
    Long yen = pool.keep(Long.valueOf(86_185L));
    assertThat(pool.keep(Long.valueOf(86_185L))).isSameAs(yen);
    // 1.0 and 1.00 print differently, so they must stay apart.
    BigDecimal one = pool.keep(new BigDecimal("1.0"));
    assertThat(pool.keep(new BigDecimal("1.00"))).isNotSameAs(one).isEqualTo(new BigDecimal("1.00"));
    assertThat((Object) pool.keep(null)).isNull();
    assertThat(pool.size()).isEqualTo(4);
  }

  @Test
  void smallWholeNumbersThatJavaBoxesOnceAreNotKeptInThePool() {
    ValuePool pool = new ValuePool();
    assertThat(pool.keep(Integer.valueOf(3))).isSameAs(Integer.valueOf(3));
    assertThat(pool.keep(Long.valueOf(0L))).isSameAs(Long.valueOf(0L));
    assertThat(pool.keep(Long.valueOf(-128L))).isSameAs(Long.valueOf(-128L));
    assertThat(pool.size()).as("nothing to share that Java does not share already").isZero();
    Integer year = pool.keep(Integer.valueOf(2022));
    assertThat(pool.keep(Integer.valueOf(2022))).isSameAs(year);
    assertThat(pool.keep(Long.valueOf(128L))).isEqualTo(128L);
    assertThat(pool.size()).isEqualTo(2);
  }

  @Test
  void sheetsOfOneLoadShareTheirDepartmentNamesAndEqualTheSheetsLoadedAlone() {
    ContentLoader loader = new ContentLoader();
    List<Sheet> sheets = loader.load(CONTENT).content().orElseThrow().sheets();
    Map<String, List<Sheet>> byDepartment = sheets.stream()
        .collect(Collectors.groupingBy(s -> s.organization().department()));
    List<String> shared = new ArrayList<>();
    byDepartment.forEach((name, group) -> {
      if (group.size() > 1) {
        shared.add(name);
        assertThat(group).extracting(s -> s.organization().department())
            .allSatisfy(d -> assertThat(d).isSameAs(group.get(0).organization().department()));
      }
    });
    assertThat(shared).as("the real sheets have departments with several sheets").isNotEmpty();

    for (Sheet pooled : sheets) {
      Path file = CONTENT.resolve("sheets/" + pooled.fiscalYear() + "/" + pooled.id() + ".yaml");
      Diagnostics diags = new Diagnostics();
      Sheet alone = loader.loadSheet(file, diags).orElseThrow();
      assertThat(alone).isEqualTo(pooled).isNotSameAs(pooled);
    }
  }
}

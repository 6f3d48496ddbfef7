package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetRefTest {
  @Test
  void equalRefsHaveEqualHashes() {
    SheetRef a = new SheetRef(2022, "088");
    SheetRef b = new SheetRef(2022, new String("088"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new SheetRef(2023, "088")).isNotEqualTo(new SheetRef(2022, "089"));
  }

  @Test
  void aCitysNumberingOverSeveralYearsGivesEveryRefItsOwnHash() {
    // Numbered ids and consecutive years are what a city's sheets are keyed by.
    for (String format : new String[] {"%04d", "%d", "%03d-01"}) {
      Set<Integer> hashes = new HashSet<>();
      int refs = 0;
      for (int year = 2015; year <= 2030; year++) {
        for (int n = 1; n <= 3000; n++) {
          hashes.add(new SheetRef(year, String.format(format, n)).hashCode());
          refs++;
        }
      }
      assertThat(hashes).as(format).hasSize(refs);
    }
  }
}

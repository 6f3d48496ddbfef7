package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetRefTest {
  /** Numbers as people read them: 9, 10, 100, not 10, 100, 9; padded numbers keep their order; the order is total. */
  @Test
  void numbersAreOrderedByTheValueOfTheirDigits() {
    List<String> ids = new ArrayList<>(List.of("100", "10", "9", "080", "A-12", "A-2", "a-2", "01", "1", "087", "2-10", "2-9", "B"));
    ids.sort(SheetRef.NUMBER_ORDER);
    assertThat(ids).containsExactly("01", "1", "2-9", "2-10", "9", "10", "080", "087", "100", "A-2", "a-2", "A-12", "B");
    Random r = new Random(7);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add((r.nextBoolean() ? "" : r.nextBoolean() ? "x" : "X") + "0".repeat(r.nextInt(3)) + r.nextInt(200) + (r.nextBoolean() ? "" : "-" + r.nextInt(20)));
    }
    for (String a : many) {
      assertThat(SheetRef.NUMBER_ORDER.compare(a, a)).isZero();
      for (String b : many) {
        int ab = SheetRef.NUMBER_ORDER.compare(a, b);
        assertThat(Integer.signum(ab)).as(a + " " + b).isEqualTo(-Integer.signum(SheetRef.NUMBER_ORDER.compare(b, a)));
        assertThat(ab == 0).isEqualTo(a.equals(b));
      }
    }
  }

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

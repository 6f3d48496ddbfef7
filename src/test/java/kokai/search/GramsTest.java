package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GramsTest {
  @Test
  void gramsOfEachSize() {
    assertThat(Grams.grams("情報政策", 1)).containsExactly("情", "報", "政", "策");
    assertThat(Grams.grams("情報政策", 2)).containsExactly("情報", "報政", "政策");
    assertThat(Grams.grams("情報政策", 3)).containsExactly("情報政", "報政策");
  }

  @Test
  void noGramSpansASpaceOrAField() {
    assertThat(Grams.grams("市民 サービス\n向上", 2))
        .containsExactly("市民", "サー", "ービ", "ビス", "向上")
        .noneMatch(g -> g.contains(" ") || g.contains("\n"));
  }

  @Test
  void surrogatePairsCountAsTwoUnitsAsInJavaScript() {
    assertThat(Grams.grams("𠮷野", 2)).containsExactly("\ud842\udfb7", "\udfb7野");
  }

  @Test
  void aGramsKeyGivesBackItsTextAndNoOtherGramsKey() {
    List<String> grams = List.of("情", "情報", "情報政", "a", "ab", "\u0000", "\u0000\u0000", "\ud842\udfb7", "\udfb7野", "\uffff\uffff\uffff");
    java.util.Set<Long> keys = new java.util.HashSet<>();
    for (String g : grams) {
      long key = Grams.key("〈" + g + "〉", 1, g.length());
      assertThat(Grams.text(key)).isEqualTo(g);
      assertThat(key).isNotZero();
      keys.add(key);
    }
    assertThat(keys).hasSameSizeAs(grams);
  }

  @Test
  void coveringTrigramsSpellEveryCharacterOfTheWord() {
    for (int length = 3; length <= 40; length++) {
      List<Integer> offsets = Grams.covering(length);
      BitSet covered = new BitSet();
      for (int o : offsets) {
        assertThat(o).isBetween(0, length - 3);
        covered.set(o, o + 3);
      }
      assertThat(covered.cardinality()).as("length %d", length).isEqualTo(length);
      assertThat(offsets).isSorted().doesNotHaveDuplicates().hasSize((length + 2) / 3);
    }
    assertThat(Grams.covering(5)).containsExactly(0, 2);
  }

  @Test
  void aShortWordHasNoCoveringTrigrams() {
    assertThatThrownBy(() -> Grams.covering(2)).isInstanceOf(IllegalArgumentException.class);
  }
}

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
    List<String> grams = List.of("情", "情報", "情報政", "情報政策", "a", "ab", "\u0001", "\u0001\u0001", "\u0001a", "a\u0001",
        "\ud842\udfb7", "\udfb7野", "\uffff\uffff\uffff", "\uffff\uffff\uffff\uffff", "\u0001\u0001\u0001\u0001");
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
  void noGramHoldsTheCharacterThatKeepsKeysApart() {
    assertThat(Grams.grams("情報\u0000政策", 2)).containsExactly("情報", "政策");
  }

  @Test
  void aLongGramsHashDependsOnEveryUnitAndTheLength() {
    String text = "情報政策課長会議";
    long h = Grams.hash(text, 0, 6);
    assertThat(Grams.hash("〈" + text, 1, 6)).isEqualTo(h);
    assertThat(Grams.hash("情報政策課次", 0, 6)).isNotEqualTo(h);
    assertThat(Grams.hash("青報政策課長", 0, 6)).isNotEqualTo(h);
    assertThat(Grams.hash(text, 0, 7)).isNotEqualTo(h);
  }

  @Test
  void coveringGramsSpellEveryCharacterOfTheWord() {
    int s = Grams.SPELLING;
    assertThat(s).isEqualTo(Grams.LISTED + 1);
    for (int length = Grams.LISTED + 1; length <= 40; length++) {
      List<Integer> offsets = Grams.covering(length);
      BitSet covered = new BitSet();
      for (int o : offsets) {
        assertThat(o).isBetween(0, length - s);
        covered.set(o, o + s);
      }
      assertThat(covered.cardinality()).as("length %d", length).isEqualTo(length);
      assertThat(offsets).isSorted().doesNotHaveDuplicates().hasSize((length + s - 1) / s);
    }
    assertThat(Grams.covering(s)).containsExactly(0);
    assertThat(Grams.covering(s + 1)).containsExactly(0, 1);
    assertThat(Grams.covering(2 * s)).containsExactly(0, s);
    assertThat(Grams.covering(2 * s + 1)).containsExactly(0, s, s + 1);
  }

  @Test
  void aWordOfUpToListedCharactersIsItsOwnGram() {
    assertThatThrownBy(() -> Grams.covering(Grams.LISTED)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysOfPositionsAreNeitherGramsNorFilterValues() {
    assertThat(Grams.positional("情報政策")).isEqualTo("情報政策 ");
    assertThat(Grams.isPositional("情報政策 ")).isTrue();
    assertThat(Grams.isListed("情報政策 ")).isFalse();
    assertThat(Grams.isListed("情")).isTrue();
    assertThat(Grams.isPositional("情")).isFalse();
    String filter = FilterKey.YEAR.key("2022");
    assertThat(Grams.isListed(filter)).isFalse();
    assertThat(Grams.isPositional(filter)).isFalse();
  }
}

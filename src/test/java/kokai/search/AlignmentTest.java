package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  @Test
  void placesAreWhereUnitsDoNotPairOneToOne() {
    assertThat(Alignment.places("（任意）ＬＧＷＡＮ ｽ")).isEmpty();
    assertThat(Alignment.places("ｶﾞｽ料金")).containsExactly(0, 1, 2);
    assertThat(Alignment.places(" ㈱")).containsExactly(0, 0, 1, 0, 3, 1);
    assertThat(Alignment.places("a　　b ")).containsExactly(1, 1, 2);
    assertThat(Alignment.places("𠮷野家")).containsExactly(0, 2, 2);
    assertThat(Alignment.places("か\u3099")).containsExactly(0, 1, 2);
    assertThat(Alignment.places(null)).isEmpty();
  }

  /**
   * For random texts of characters that NFKC widens, narrows, joins or turns into white space, the
   * map search.js rebuilds from a text and its places leads from any stretch of the display form
   * to written text of the same display form.
   */
  @Test
  void theRebuiltMapLeadsEveryStretchToWrittenTextOfTheSameDisplayForm() {
    String[] pool = {"ｶ", "ﾞ", "ﾟ", "ﾊ", "ｱ", "㈱", "①", "…", "　", " ", "\n", "\t", "\u00a0", "Ａ", "a", "（",
        "漢", "か", "\u3099", "゛", "𠮷", "😀", "ㄱ", "ㅏ", "e", "\u0301", "Å", "ﬁ", "¼", "ー", "・", "ｰ", "℡"};
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(pool[random.nextInt(pool.length)]);
      }
      String text = b.toString();
      String display = SearchText.display(text);
      int[] places = Alignment.places(text);
      assertThat(places).as("places of %s", escaped(text)).isNotNull();
      int[] at = rebuild(places, display.length());
      assertThat(at).as("map of %s", escaped(text)).hasSize(display.length());
      for (int a = 0; a < display.length(); a++) {
        for (int e = a + 1; e <= display.length(); e++) {
          int[] w = widen(at, a, e);
          String written = text.substring(at[w[0]], w[1] < at.length ? at[w[1]] : text.length());
          assertThat(SearchText.display(written)).as("%s [%d, %d)", escaped(text), a, e)
              .isEqualTo(SearchText.display(display.substring(w[0], w[1])));
        }
      }
    }
  }

  /** What search.js's align does with a text's places: where each display unit starts in the text. */
  private static int[] rebuild(int[] places, int displayLength) {
    List<Integer> at = new ArrayList<>();
    int s = 0;
    for (int j = 0; at.size() < displayLength || j < places.length; j += 3) {
      int d = j < places.length ? places[j] : displayLength;
      while (at.size() < d) {
        at.add(s++);
      }
      if (j < places.length) {
        for (int n = places[j + 1]; n > 0; n--) {
          at.add(s);
        }
        s += places[j + 2];
      }
    }
    return at.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] widen(int[] at, int a, int b) {
    while (a > 0 && at[a - 1] == at[a]) {
      a--;
    }
    while (b < at.length && at[b] == at[b - 1]) {
      b++;
    }
    return new int[] {a, b};
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.append(c < 0x80 && c > 0x20 ? String.valueOf((char) c) : String.format("\\u{%x}", c)));
    return b.toString();
  }
}

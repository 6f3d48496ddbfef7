package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseListTest {
  /** A list of documents in order, each with its first zone, as the postings keep it. */
  private static String kept(int[] docs, int[] zones) {
    StringBuilder b = new StringBuilder();
    int previous = -1;
    for (int i = 0; i < docs.length; i++) {
      Codec.append(b, (docs[i] - previous) * 4L + zones[i]);
      previous = docs[i];
    }
    return b.toString();
  }

  @Test
  void aListOfMostDocumentsIsWrittenThreeDocumentsToACharacter() {
    String kept = kept(new int[] {0, 1, 2, 3}, new int[] {1, 1, 1, 2});
    assertThat(kept).isEqualTo("5556");
    // 2 + 2·4 + 2·16 = 42 ("g"), then zone 2 + 1 = 3.
    assertThat(DenseList.written("市", kept)).isEqualTo(".g3");
    assertThat(DenseList.read(".g3")).containsExactly(Codec.decode(kept));
  }

  @Test
  void aSparseListIsWrittenAsKept() {
    String kept = kept(new int[] {5, 40, 900}, new int[] {0, 2, 1});
    assertThat(DenseList.written("半導体", kept)).isEqualTo(kept);
    assertThat(DenseList.read(kept)).containsExactly(Codec.decode(kept));
  }

  /** Only document lists: positions and filter values are read otherwise. */
  @Test
  void positionsAndFilterValuesAreNeverDense() {
    String everyDocument = kept(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new int[9]);
    assertThat(DenseList.written("情報政策課の取組", everyDocument)).startsWith(".");
    assertThat(DenseList.written(Grams.positional("情報政策課の取組"), everyDocument)).isEqualTo(everyDocument);
    assertThat(DenseList.written(FilterKey.YEAR.key("2022"), everyDocument)).isEqualTo(everyDocument);
  }

  @Test
  void everyListReadsBackAsKeptAndIsNeverLonger() {
    Random random = new Random(20261127);
    int dense = 0;
    for (int round = 0; round < 2_000; round++) {
      int range = 1 + random.nextInt(round % 10 == 0 ? 5_000 : 60);
      double density = random.nextDouble();
      int[] docs = java.util.stream.IntStream.range(0, range).filter(d -> random.nextDouble() < density).toArray();
      int[] zones = java.util.stream.IntStream.range(0, docs.length).map(i -> random.nextInt(3)).toArray();
      String kept = kept(docs, zones);
      String written = DenseList.written("事業", kept);
      assertThat(DenseList.read(written)).as(kept).containsExactly(Codec.decode(kept));
      assertThat(written.length()).isLessThanOrEqualTo(kept.length());
      if (written.startsWith(".")) {
        dense++;
        int last = docs[docs.length - 1];
        assertThat(written).hasSize(1 + (last + 3) / 3).hasSizeLessThan(kept.length());
      } else {
        assertThat(written).isEqualTo(kept);
        assertThat(kept.length()).isLessThanOrEqualTo(docs.length == 0 ? 0 : 1 + (docs[docs.length - 1] + 3) / 3);
      }
    }
    assertThat(dense).isBetween(300, 1_700);
  }
}

package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
  private static final String ALPHABET = "情報政策課市民ネッワク ";
  private static final long SPAN = 1024;

  /** Texts over a small alphabet, so that long grams repeat within and across documents. */
  private static List<List<String>> documents(Random r, int count) {
    List<List<String>> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      List<String> zones = new ArrayList<>();
      for (int z = 0; z < 3; z++) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(300); i > 0; i--) {
          b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        zones.add(b.toString());
      }
      docs.add(zones);
    }
    return docs;
  }

  private static Map<String, String> encoded(List<List<String>> docs, Postings postings) {
    postings.addAll(docs.size(), docs::get, d -> List.of(FilterKey.YEAR.key(Integer.toString(2020 + d % 3))));
    return postings.encoded();
  }

  /**
   * Long grams are looked up by hash. With a hash under which every gram of one length collides,
   * the postings are those of the real one: grams that share a hash are told apart by their text.
   */
  @Test
  void gramsSharingAHashKeepTheirOwnPostings() {
    List<List<String>> docs = documents(new Random(3), 40);
    Map<String, String> real = encoded(docs, new Postings(SPAN));
    Map<String, String> colliding = encoded(docs, new Postings(SPAN, (state, n) -> n % 2));
    assertThat(colliding).isEqualTo(real);
    assertThat(real.keySet()).anyMatch(k -> k.length() == Grams.LISTED && Grams.isListed(k))
        .anyMatch(Grams::isPositional);
  }

  /** What the preview splices in for an edited document is the entry a build appends. */
  @Test
  void aDocumentsEntriesAreTheSameWhateverTheHash() {
    List<String> zones = documents(new Random(4), 1).get(0);
    Postings.DocGrams real = new Postings(SPAN).grams(zones, List.of());
    Postings.DocGrams colliding = new Postings(SPAN, (state, n) -> 7).grams(zones, List.of());
    assertThat(colliding.keys()).isEqualTo(real.keys()).isNotEmpty();
    for (String key : real.keys()) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      real.appendEntry(a, key, 5);
      colliding.appendEntry(b, key, 5);
      assertThat(b).as(key).hasToString(a.toString());
    }
  }

  @Test
  void aWordsListIsWhereItsGramStarts() {
    Map<String, String> keys = encoded(List.of(List.of("題", "情報政策課長室", "")), new Postings(SPAN));
    // Document 0 counts from -1: gap 1, zone 1 → 1 * 4 + 1 = 5; positions: gap 1 * 8 + zone 1 * 2 + no
    // more, at offset 0 of the zone.
    assertThat(keys).containsEntry("情報政策課長", "5").containsEntry("報政策課長室", "5")
        .containsEntry("情報政策課長室 ", codec(10, 0));
    assertThat(keys).doesNotContainKey("情報政策課長室");
  }

  @Test
  void aGramFoundMoreThanOnceGivesTheNumberOfFurtherPositionsAndTheirGaps() {
    Map<String, String> keys = encoded(List.of(List.of("", "", "市民活動支援課と市民活動支援課")), new Postings(SPAN));
    // Gap 1 * 8 + zone 2 * 2 + more, the first at offset 0 of the zone, one more, 8 units later.
    assertThat(keys).containsEntry("市民活動支援課 ", codec(13, 0, 1, 8));
  }

  @Test
  void aGramFoundFourTimesGivesTheGapsToEachFurtherPosition() {
    Map<String, String> keys = encoded(List.of(List.of("", "", String.join("と", java.util.Collections.nCopies(4, "市民活動支援課")))),
        new Postings(SPAN));
    assertThat(keys).containsEntry("市民活動支援課 ", codec(13, 0, 3, 8, 8, 8));
  }

  /**
   * Numbers of every length in one entry: with a span of 2^40, the gap from a gram's position in the
   * title to its position in the rest takes more characters than a number held whole before it
   * goes to the entry's bytes, and the positions and gaps of a long list of documents cross that
   * number's eight characters at every place.
   */
  @Test
  void anEntryHoldsNumbersOfAnyLengthInOrder() {
    long span = 1L << 40;
    List<List<String>> docs = new ArrayList<>();
    List<Long> expected = new ArrayList<>();
    for (int d = 0; d < 40; d++) {
      String title = "政策課".repeat(d % 3) + "市民活動支援課";
      docs.add(List.of(title, "", "市民活動支援課"));
      int gap = 1;
      // The first position in the title (zone 0), one more: gap * 8 + 0 * 2 + 1, the offset, the
      // count of further positions, the gap to the one in the rest (zone 2, offset 0).
      expected.addAll(List.of(gap * 8L + 1, (long) title.length() - 7, 1L, 2 * span - (title.length() - 7)));
    }
    Map<String, String> keys = encoded(docs, new Postings(span));
    assertThat(keys.get("市民活動支援課 ")).isEqualTo(codec(expected.stream().mapToLong(Long::longValue).toArray()));
    assertThat(2 * span).isGreaterThan(Codec.PACKED_BELOW);
  }

  private static String codec(long... values) {
    StringBuilder b = new StringBuilder();
    for (long v : values) {
      Codec.append(b, v);
    }
    return b.toString();
  }
}

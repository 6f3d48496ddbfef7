package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTextsTest {
  private static final String COMMENT = "今後も一定の市民ニーズが見込まれる。";

  @Test
  void aDocumentsFieldsAreCountedOnceEachByZoneAndTextWhenTheyCanHoldAPositionalGram() {
    // The comment twice in the rest zone, once in the overview; 継続 is too short for a 6-gram.
    long[] f = SharedTexts.fingerprints(List.of("題名", COMMENT, COMMENT + "\n継続\n" + COMMENT));
    assertThat(f).hasSize(2).doesNotHaveDuplicates();
    assertThat(f).contains(SharedTexts.fingerprint(1, COMMENT, 0, COMMENT.length()),
        SharedTexts.fingerprint(2, COMMENT, 0, COMMENT.length()));
    assertThat(SharedTexts.fingerprint(1, COMMENT, 0, COMMENT.length()))
        .isNotEqualTo(SharedTexts.fingerprint(1, COMMENT, 0, COMMENT.length() - 1));
  }

  @Test
  void aFieldIsSharedFromTheThresholdOnAndAnEditSaysWhenThatChanges() {
    SharedTexts shared = new SharedTexts(3);
    long[] with = SharedTexts.fingerprints(List.of("", "", COMMENT));
    long[] without = SharedTexts.fingerprints(List.of("", "", "市民ニーズは減少傾向にある。"));
    shared.count(with, 1);
    shared.count(with, 1);
    shared.count(without, 1);
    assertThat(shared.isShared(with[0])).isFalse();
    // A third document takes the comment: it becomes shared.
    assertThat(shared.recount(without, with)).isTrue();
    assertThat(shared.isShared(with[0])).isTrue();
    // An edit that changes neither count's side of the threshold.
    assertThat(shared.recount(without, without)).isFalse();
    // One of three leaves it: no longer shared.
    assertThat(shared.recount(with, without)).isTrue();
    assertThat(shared.isShared(with[0])).isFalse();
  }

  @Test
  void aSharedTextNeedsTwoDocuments() {
    assertThatThrownBy(() -> new SharedTexts(1)).isInstanceOf(IllegalArgumentException.class);
  }
}

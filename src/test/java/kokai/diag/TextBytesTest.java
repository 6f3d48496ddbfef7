package kokai.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBytesTest {
  private static final String TEXT = "令和 4年度 事務事業マネジメントシート\n事務事業名\t088 情報通信ネットワーク運営業務\n"
      + "目的\t市民サービス及び庁内業務効率の向上を図る。\n".repeat(3);

  @Test
  void utf8WithABomIsUtf8WithoutIt() {
    byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    TextBytes.Decoded d = TextBytes.decode(bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.damaged()).isEmpty();
  }

  @Test
  void shiftJisIsShiftJis() {
    TextBytes.Decoded d = TextBytes.decode(TEXT.getBytes(TextBytes.WINDOWS_31J));
    assertThat(d.charset()).isEqualTo(TextBytes.WINDOWS_31J);
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void oneStrayByteLeavesTheFileUtf8AndIsPlacedByLineAndColumn() {
    byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
    int at = TEXT.indexOf("事務事業名") ;
    int byteAt = TEXT.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, byteAt);
    bad[byteAt] = (byte) 0xFF;
    System.arraycopy(good, byteAt, bad, byteAt + 1, good.length - byteAt);
    TextBytes.Decoded d = TextBytes.decode(bad);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).startsWith("令和 4年度").contains("\uFFFD事務事業名");
    assertThat(d.damaged()).containsExactly(new TextBytes.Place(2, 1));
  }

  @Test
  void aCopyCutInTheMiddleOfACharacterIsOneDamagedPlace() {
    byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 2 - "\n".length());
    TextBytes.Decoded d = TextBytes.decode(cut);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.damaged()).hasSize(1);
    assertThat(d.damaged().get(0).line()).isEqualTo(5);
  }
}

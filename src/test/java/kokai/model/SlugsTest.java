package kokai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
  @ParameterizedTest
  @ValueSource(strings = {"088", "policy-innovation", "a_b.c", "R4-001"})
  void acceptsUrlSafeNames(String s) {
    assertThat(Slugs.isSafe(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "../x", "..", "a/b", "a\\b", ".hidden", "a b", "a\u0000b", "a\nb", "情報", "x..y", "-x", "%2e%2e"})
  void refusesNamesUnsafeInAPathOrUrl(String s) {
    assertThat(Slugs.isSafe(s)).isFalse();
  }
}

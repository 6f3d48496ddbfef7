package kokai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongTableTest {
  @Test
  void holdsWhatAHashMapHoldsThroughManyGrowths() {
    LongTable<Long> table = new LongTable<>();
    Map<Long, Long> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      // Few distinct keys among many, with neighbours and large values, so that probes collide.
      long key = random.nextBoolean() ? random.nextInt(5_000) : random.nextLong();
      long value = i;
      if (random.nextBoolean()) {
        table.putIfAbsent(key, value);
        expected.putIfAbsent(key, value);
      } else {
        assertThat(table.computeIfAbsent(key, k -> value)).isEqualTo(expected.computeIfAbsent(key, k -> value));
      }
    }
    assertThat(table.size()).isEqualTo(expected.size());
    Map<Long, Long> visited = new HashMap<>();
    table.forEach(visited::put);
    assertThat(visited).isEqualTo(expected);
    expected.forEach((k, v) -> assertThat(table.get(k)).isEqualTo(v));
    assertThat(table.get(-1L)).isEqualTo(expected.get(-1L));
  }
}

package kokai.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random source keyed by the seed and a few numbers (project, year), so that any sheet can be made
 * on its own, in any order, on any thread, and still come out the same.
 */
final class Dice {
  private final SplittableRandom random;

  private Dice(long key) {
    this.random = new SplittableRandom(key);
  }

  static Dice of(long seed, long... keys) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long k : keys) {
      h = mix(h ^ mix(k + 0x632BE59BD9B4E019L));
    }
    return new Dice(h);
  }

  /** The finaliser of SplitMix64: spreads nearby keys over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  int between(int lo, int hiInclusive) {
    return random.nextInt(lo, hiInclusive + 1);
  }

  double uniform(double lo, double hi) {
    return random.nextDouble(lo, hi);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Picks by weight: {@code weights[i]} is the relative chance of item i. */
  int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A log-normal-ish amount: most near {@code median}, a few ten times larger or smaller. */
  long amount(long median) {
    double f = Math.exp(random.nextGaussian() * 0.9);
    return Math.max(1, Math.round(median * f));
  }

  static BigDecimal decimal(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }
}

package org.tapisim.acd;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/** Shared arithmetic and checks of the distributions. */
final class DistributionMath {
  /** {@link Distribution#LONGEST} in nanoseconds, for the cap on every sample. */
  static final long LONGEST_NANOS = Distribution.LONGEST.toNanos();

  private DistributionMath() {}

  /** Inverts the exponential distribution; 1 - u is in (0, 1], so the logarithm is finite. */
  static double exponential(SplittableRandom random, double mean) {
    return -mean * Math.log(1.0 - random.nextDouble());
  }

  /** Box–Muller from two uniforms; uses the cosine branch only, so it keeps no state. */
  static double standardNormal(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble(); // in (0, 1]
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  static void nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }

  static void positive(Duration value, String name) {
    nonNegative(value, name);
    if (value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

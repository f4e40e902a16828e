package org.tapisim.model;

import java.time.Duration;
import java.util.Objects;

/** Shared checks and arithmetic of the statistics records. */
final class Stats {
  private Stats() {}

  static void nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }

  static void nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }

  static void nonNegative(double value, String name) {
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " is not a finite non-negative number: " + value);
    }
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : numerator / (double) denominator;
  }
}

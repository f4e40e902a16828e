package org.tapisim.acd;

import java.time.Duration;
import java.util.Objects;

/**
 * A span of sim time with a constant Poisson arrival rate.
 *
 * @param from where it starts, as an offset from the simulation's start
 * @param to where it ends (exclusive), or {@code null} for never
 * @param perHour arrivals per hour; zero makes a quiet span
 */
public record RateSegment(Duration from, Duration to, double perHour) {
  /** Checks the span and the rate. */
  public RateSegment {
    Objects.requireNonNull(from, "from");
    if (from.isNegative()) {
      throw new IllegalArgumentException("rate segment starts before zero: " + from);
    }
    if (to != null && to.compareTo(from) <= 0) {
      throw new IllegalArgumentException("rate segment ends at " + to + ", not after " + from);
    }
    if (!(perHour >= 0.0) || Double.isInfinite(perHour)) {
      throw new IllegalArgumentException(
          "arrival rate must be finite and not negative: " + perHour);
    }
  }

  /** Returns a segment of {@code perHour} arrivals per hour from time zero on. */
  public static RateSegment always(double perHour) {
    return new RateSegment(Duration.ZERO, null, perHour);
  }
}

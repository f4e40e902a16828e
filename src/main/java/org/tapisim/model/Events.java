package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/** Shared checks of the event records. */
final class Events {
  private Events() {}

  static void check(Instant time, long sequence) {
    Objects.requireNonNull(time, "time");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive: " + sequence);
    }
  }
}

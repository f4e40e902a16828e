package org.tapisim.acd.internal;

/**
 * A measurement period: statistics count from its start; when its length has passed they start
 * again. A length of zero means the counters never restart by themselves.
 */
final class Period {
  private long length;
  private long start;
  private long end = Long.MAX_VALUE;

  /** Returns the period's length in nanoseconds, zero when none was set. */
  long length() {
    return length;
  }

  /** Returns when the current period started. */
  long start() {
    return start;
  }

  /** Starts a new period of {@code length} nanoseconds at {@code now}. */
  void restart(long now, long length) {
    this.length = length;
    this.start = now;
    this.end = length == 0 ? Long.MAX_VALUE : now + length;
  }

  /** Moves to the period that contains {@code now}; returns whether that is a new one. */
  boolean roll(long now) {
    if (now < end) {
      return false;
    }
    long passed = (now - start) / length;
    start += passed * length;
    end = start + length;
    return true;
  }
}

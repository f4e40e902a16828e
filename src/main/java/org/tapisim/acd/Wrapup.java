package org.tapisim.acd;

import java.time.Duration;
import java.util.Objects;

/**
 * What a group's agents do after each ACD call: nothing, a timed wrap-up (fixed or sampled), or a
 * manual wrap-up the agent ends with a state change. Immutable.
 */
public sealed interface Wrapup {

  /** Returns no wrap-up: the session goes straight to its next state when the call ends. */
  static Wrapup none() {
    return None.INSTANCE;
  }

  /** Returns a fixed wrap-up time; zero means none. */
  static Wrapup fixed(Duration duration) {
    return duration.isZero() ? none() : new Timed(Distribution.constant(duration));
  }

  /** Returns a wrap-up time drawn from {@code distribution} after each call. */
  static Wrapup sampled(Distribution distribution) {
    return new Timed(distribution);
  }

  /** Returns a manual wrap-up: BUSY_WRAPUP lasts until the agent asks for READY or NOT_READY. */
  static Wrapup manual() {
    return Manual.INSTANCE;
  }

  /** No wrap-up. */
  enum None implements Wrapup {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "0s";
    }
  }

  /** A manual wrap-up. */
  enum Manual implements Wrapup {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "manual";
    }
  }

  /**
   * A timed wrap-up.
   *
   * @param duration how long each wrap-up lasts
   */
  record Timed(Distribution duration) implements Wrapup {
    /** Checks the distribution. */
    public Timed {
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String toString() {
      return duration.toString();
    }
  }
}

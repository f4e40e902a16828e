package org.tapisim.clock;

/**
 * How a simulation's clock runs: in virtual time (as fast as possible, driven by the caller) or in
 * real time (paced to the wall clock at a speed factor, driven by a loop thread). Immutable.
 */
public sealed interface ClockMode {

  /** Returns virtual time: the clock jumps from event to event when the caller advances it. */
  static ClockMode virtual() {
    return Virtual.INSTANCE;
  }

  /**
   * Returns real time at a speed factor: {@code speed} sim seconds pass per wall-clock second.
   *
   * @throws IllegalArgumentException unless {@code speed} is positive and finite
   */
  static ClockMode realTime(double speed) {
    return new RealTime(speed);
  }

  /** Virtual time. */
  enum Virtual implements ClockMode {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "virtual";
    }
  }

  /**
   * Real time at a speed factor.
   *
   * @param speed sim seconds per wall-clock second; positive and finite
   */
  record RealTime(double speed) implements ClockMode {
    /** Checks the speed. */
    public RealTime {
      if (!(speed > 0.0) || Double.isInfinite(speed)) {
        throw new IllegalArgumentException("speed must be positive and finite: " + speed);
      }
    }

    @Override
    public String toString() {
      return "real time x" + speed;
    }
  }
}

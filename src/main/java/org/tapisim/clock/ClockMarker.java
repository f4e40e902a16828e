package org.tapisim.clock;

/** An event the clock handles itself (a waiter's time limit) instead of dispatching it. */
interface ClockMarker {
  /** Called on the owning thread when the marker's time comes. */
  void reached();

  /** Tells whether the wait it marks is already over, so the marker can be dropped unfired. */
  boolean isSettled();
}

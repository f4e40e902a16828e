package org.tapisim.model;

import java.time.Duration;

/**
 * Where a session's time went, per state, and its occupancy, over the agent's current measurement
 * period: call-center KPIs beyond what TAPI reports.
 *
 * @param notReadyTime time in NOT_READY
 * @param readyTime time in READY
 * @param onCallTime time in BUSY_ON_CALL
 * @param wrapUpTime time in BUSY_WRAPUP
 */
public record SessionKpis(
    Duration notReadyTime, Duration readyTime, Duration onCallTime, Duration wrapUpTime) {

  /** Checks that nothing is missing or negative. */
  public SessionKpis {
    Stats.nonNegative(notReadyTime, "notReadyTime");
    Stats.nonNegative(readyTime, "readyTime");
    Stats.nonNegative(onCallTime, "onCallTime");
    Stats.nonNegative(wrapUpTime, "wrapUpTime");
  }

  /** Returns the time logged in and not NOT_READY: ready, on a call or in wrap-up. */
  public Duration staffedTime() {
    return readyTime.plus(onCallTime).plus(wrapUpTime);
  }

  /** Returns (talk + wrap-up time) ÷ staffed time; zero when the session was never staffed. */
  public double occupancy() {
    long staffed = staffedTime().toNanos();
    return staffed == 0 ? 0.0 : (onCallTime.toNanos() + wrapUpTime.toNanos()) / (double) staffed;
  }
}

package org.tapisim.scenario.output;

import java.time.Duration;
import java.util.Objects;

/**
 * A queue's figures at the end of a run: the summary JSON's {@code queues} entry.
 *
 * <p>Counts and ratios follow SCENARIO-FORMAT.md ("Summary JSON") and {@link
 * org.tapisim.model.QueueKpis}: a ratio whose denominator is zero is zero. The group's simulated
 * occupancy is the busy time (on a call or in wrap-up) of all the group's sessions, including those
 * a logout ended before a new login, over their staffed time (logged in and not NOT_READY),
 * comparable with an Erlang prediction's occupancy when its handling time includes wrap-up.
 * Immutable and thread-safe.
 *
 * @param offered arrivals not blocked
 * @param answered calls delivered to an agent
 * @param abandoned callers who gave up waiting
 * @param blocked arrivals turned away by a full queue
 * @param inQueueAtEnd calls still waiting when the summary was taken
 * @param waited offered calls that found no eligible agent and queued
 * @param pWait {@code waited ÷ offered}
 * @param asa the mean wait of answered calls, zero waits included
 * @param averageWait the mean wait of calls that stopped waiting, answered or abandoned
 * @param longestWait the longest wait of any call, still waiting or not
 * @param serviceLevelThreshold the service level's threshold T
 * @param serviceLevel calls answered within T ÷ offered
 * @param pAbandon {@code abandoned ÷ offered}
 * @param staffedTime the group's sessions' time logged in and not NOT_READY, summed
 * @param busyTime the group's sessions' time on a call or in wrap-up, summed
 * @param erlang the Erlang prediction for this queue, or {@code null} when there is none
 */
public record QueueSummary(
    long offered,
    long answered,
    long abandoned,
    long blocked,
    long inQueueAtEnd,
    long waited,
    double pWait,
    Duration asa,
    Duration averageWait,
    Duration longestWait,
    Duration serviceLevelThreshold,
    double serviceLevel,
    double pAbandon,
    Duration staffedTime,
    Duration busyTime,
    ErlangFigures erlang) {

  /** Checks that nothing required is missing. */
  public QueueSummary {
    Objects.requireNonNull(asa, "asa");
    Objects.requireNonNull(averageWait, "averageWait");
    Objects.requireNonNull(longestWait, "longestWait");
    Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
    Objects.requireNonNull(staffedTime, "staffedTime");
    Objects.requireNonNull(busyTime, "busyTime");
  }

  /** Returns the group's simulated occupancy: busy ÷ staffed time, zero when never staffed. */
  public double occupancy() {
    return SessionSummary.ratio(busyTime, staffedTime);
  }

  /** Returns a copy carrying an Erlang prediction. */
  public QueueSummary withErlang(ErlangFigures figures) {
    return new QueueSummary(
        offered,
        answered,
        abandoned,
        blocked,
        inQueueAtEnd,
        waited,
        pWait,
        asa,
        averageWait,
        longestWait,
        serviceLevelThreshold,
        serviceLevel,
        pAbandon,
        staffedTime,
        busyTime,
        figures);
  }
}

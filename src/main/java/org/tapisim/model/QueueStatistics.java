package org.tapisim.model;

import java.time.Duration;

/**
 * What a queue reports: the statistics of TAPI 3's {@code ITQueue} (TAPI 2.2's {@code
 * LINEQUEUEINFO}), covering the queue's current measurement period.
 *
 * @param measurementPeriod the statistics window; {@link Duration#ZERO} when none was set
 * @param totalCallsQueued calls that came in, not counting blocked ones ({@code
 *     dwTotalCallsQueued})
 * @param currentCallsQueued calls waiting now ({@code dwCurrentCallsQueued})
 * @param totalCallsAbandoned callers who gave up waiting ({@code dwTotalCallsAbandoned})
 * @param totalCallsFlowedIn calls passed in from another queue ({@code dwTotalCallsFlowedIn})
 * @param totalCallsFlowedOut calls passed on to another queue ({@code dwTotalCallsFlowedOut})
 * @param longestEverWaitTime the longest wait of any call, waiting now or done ({@code
 *     dwLongestEverWaitTime})
 * @param currentLongestWaitTime the longest wait among calls waiting now ({@code
 *     dwCurrentLongestWaitTime})
 * @param averageWaitTime the average wait of calls that stopped waiting, answered or abandoned
 *     ({@code dwAverageWaitTime})
 * @param finalDisposition calls that reached the end of the call guide ({@code dwFinalDisposition})
 */
public record QueueStatistics(
    Duration measurementPeriod,
    long totalCallsQueued,
    long currentCallsQueued,
    long totalCallsAbandoned,
    long totalCallsFlowedIn,
    long totalCallsFlowedOut,
    Duration longestEverWaitTime,
    Duration currentLongestWaitTime,
    Duration averageWaitTime,
    long finalDisposition) {

  /** Checks that nothing is missing or negative. */
  public QueueStatistics {
    Stats.nonNegative(measurementPeriod, "measurementPeriod");
    Stats.nonNegative(totalCallsQueued, "totalCallsQueued");
    Stats.nonNegative(currentCallsQueued, "currentCallsQueued");
    Stats.nonNegative(totalCallsAbandoned, "totalCallsAbandoned");
    Stats.nonNegative(totalCallsFlowedIn, "totalCallsFlowedIn");
    Stats.nonNegative(totalCallsFlowedOut, "totalCallsFlowedOut");
    Stats.nonNegative(longestEverWaitTime, "longestEverWaitTime");
    Stats.nonNegative(currentLongestWaitTime, "currentLongestWaitTime");
    Stats.nonNegative(averageWaitTime, "averageWaitTime");
    Stats.nonNegative(finalDisposition, "finalDisposition");
  }
}

package org.tapisim.model;

import java.time.Duration;

/**
 * What an agent reports over all its sessions: the statistics of TAPI 3's {@code ITAgent} (TAPI
 * 2.2's {@code LINEAGENTINFO}), covering the agent's current measurement period.
 *
 * @param measurementPeriod the statistics window; {@link Duration#ZERO} when none was set (the
 *     counters then run from the agent's creation)
 * @param overallCallRate ACD calls per hour of logged-in time ({@code cyOverallCallRate})
 * @param numberOfAcdCalls ACD calls, all sessions ({@code dwNumberOfACDCalls})
 * @param numberOfIncomingCalls non-ACD incoming calls ({@code dwNumberOfIncomingCalls})
 * @param numberOfOutgoingCalls non-ACD outgoing calls ({@code dwNumberOfOutgoingCalls})
 * @param totalAcdTalkTime talk time of ACD calls ({@code dwTotalACDTalkTime})
 * @param totalAcdCallTime ACD talk plus wrap-up time ({@code dwTotalACDCallTime})
 * @param totalWrapUpTime wrap-up time ({@code dwTotalACDWrapUpTime})
 */
public record AgentStatistics(
    Duration measurementPeriod,
    double overallCallRate,
    long numberOfAcdCalls,
    long numberOfIncomingCalls,
    long numberOfOutgoingCalls,
    Duration totalAcdTalkTime,
    Duration totalAcdCallTime,
    Duration totalWrapUpTime) {

  /** Checks that nothing is missing or negative. */
  public AgentStatistics {
    Stats.nonNegative(measurementPeriod, "measurementPeriod");
    Stats.nonNegative(overallCallRate, "overallCallRate");
    Stats.nonNegative(numberOfAcdCalls, "numberOfAcdCalls");
    Stats.nonNegative(numberOfIncomingCalls, "numberOfIncomingCalls");
    Stats.nonNegative(numberOfOutgoingCalls, "numberOfOutgoingCalls");
    Stats.nonNegative(totalAcdTalkTime, "totalAcdTalkTime");
    Stats.nonNegative(totalAcdCallTime, "totalAcdCallTime");
    Stats.nonNegative(totalWrapUpTime, "totalWrapUpTime");
  }
}

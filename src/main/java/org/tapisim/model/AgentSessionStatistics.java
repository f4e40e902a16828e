package org.tapisim.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session reports about itself: the fields of TAPI 3's {@code ITAgentSession} (TAPI 2.2's
 * {@code LINEAGENTSESSIONINFO}).
 *
 * <p>Counts and times cover the agent's current measurement period (see {@link
 * Agent#setMeasurementPeriod(Duration)}); the session duration covers the whole session. TAPI
 * reports times in whole seconds; the simulator keeps nanoseconds. An average over no calls is
 * zero.
 *
 * @param sessionStartTime when the session was created ({@code dateSessionStartTime})
 * @param sessionDuration active time; the clock stops at SESSION_ENDED ({@code dwSessionDuration})
 * @param numberOfCalls ACD calls delivered to the session ({@code dwNumberOfCalls})
 * @param totalTalkTime talk time of its ACD calls ({@code dwTotalTalkTime})
 * @param averageTalkTime talk time per completed call ({@code dwAverageTalkTime})
 * @param totalCallTime talk plus wrap-up time ({@code dwTotalCallTime})
 * @param averageCallTime call time per completed call ({@code dwAverageCallTime})
 * @param totalWrapUpTime wrap-up time ({@code dwTotalWrapUpTime})
 * @param averageWrapUpTime wrap-up time per completed wrap-up ({@code dwAverageWrapUpTime})
 * @param acdCallRate ACD calls per hour of session time ({@code cyACDCallRate})
 * @param longestTimeToAnswer the longest wait of a call before this session got it ({@code
 *     dwLongestTimeToAnswer})
 * @param averageTimeToAnswer the average wait of its calls ({@code dwAverageTimeToAnswer})
 */
public record AgentSessionStatistics(
    Instant sessionStartTime,
    Duration sessionDuration,
    long numberOfCalls,
    Duration totalTalkTime,
    Duration averageTalkTime,
    Duration totalCallTime,
    Duration averageCallTime,
    Duration totalWrapUpTime,
    Duration averageWrapUpTime,
    double acdCallRate,
    Duration longestTimeToAnswer,
    Duration averageTimeToAnswer) {

  /** Checks that nothing is missing or negative. */
  public AgentSessionStatistics {
    Objects.requireNonNull(sessionStartTime, "sessionStartTime");
    Stats.nonNegative(sessionDuration, "sessionDuration");
    Stats.nonNegative(numberOfCalls, "numberOfCalls");
    Stats.nonNegative(totalTalkTime, "totalTalkTime");
    Stats.nonNegative(averageTalkTime, "averageTalkTime");
    Stats.nonNegative(totalCallTime, "totalCallTime");
    Stats.nonNegative(averageCallTime, "averageCallTime");
    Stats.nonNegative(totalWrapUpTime, "totalWrapUpTime");
    Stats.nonNegative(averageWrapUpTime, "averageWrapUpTime");
    Stats.nonNegative(acdCallRate, "acdCallRate");
    Stats.nonNegative(longestTimeToAnswer, "longestTimeToAnswer");
    Stats.nonNegative(averageTimeToAnswer, "averageTimeToAnswer");
  }
}

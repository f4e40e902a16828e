package org.tapisim.scenario.output;

import java.time.Duration;
import java.util.Objects;
import org.tapisim.model.AgentSessionState;

/**
 * An agent session's figures at the end of a run: the summary JSON's {@code sessions} entry, from
 * {@link org.tapisim.model.AgentSessionStatistics} and {@link org.tapisim.model.SessionKpis}.
 * Immutable and thread-safe.
 *
 * @param state its state when the summary was taken
 * @param calls ACD calls delivered to it
 * @param totalTalk talk time of its calls
 * @param averageTalk talk time per completed call
 * @param totalCall talk plus wrap-up time
 * @param averageCall call time per completed call
 * @param totalWrapup time of completed wrap-ups
 * @param averageWrapup wrap-up time per completed wrap-up
 * @param longestTimeToAnswer the longest wait of a call before this session got it
 * @param averageTimeToAnswer the mean wait of its calls
 * @param acdCallRatePerHour ACD calls per hour of session time
 * @param duration how long the session has been (or was) active
 * @param staffedTime time logged in and not NOT_READY (ready, on a call or in wrap-up)
 * @param busyTime time on a call or in wrap-up
 */
public record SessionSummary(
    AgentSessionState state,
    long calls,
    Duration totalTalk,
    Duration averageTalk,
    Duration totalCall,
    Duration averageCall,
    Duration totalWrapup,
    Duration averageWrapup,
    Duration longestTimeToAnswer,
    Duration averageTimeToAnswer,
    double acdCallRatePerHour,
    Duration duration,
    Duration staffedTime,
    Duration busyTime) {

  /** Checks that nothing is missing. */
  public SessionSummary {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(totalTalk, "totalTalk");
    Objects.requireNonNull(averageTalk, "averageTalk");
    Objects.requireNonNull(totalCall, "totalCall");
    Objects.requireNonNull(averageCall, "averageCall");
    Objects.requireNonNull(totalWrapup, "totalWrapup");
    Objects.requireNonNull(averageWrapup, "averageWrapup");
    Objects.requireNonNull(longestTimeToAnswer, "longestTimeToAnswer");
    Objects.requireNonNull(averageTimeToAnswer, "averageTimeToAnswer");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(staffedTime, "staffedTime");
    Objects.requireNonNull(busyTime, "busyTime");
  }

  /** Returns its occupancy: busy ÷ staffed time, zero when it was never staffed. */
  public double occupancy() {
    return ratio(busyTime, staffedTime);
  }

  static double ratio(Duration part, Duration whole) {
    long nanos = whole.toNanos();
    return nanos == 0 ? 0.0 : part.toNanos() / (double) nanos;
  }
}

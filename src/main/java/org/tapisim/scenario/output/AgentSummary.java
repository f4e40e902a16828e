package org.tapisim.scenario.output;

import java.time.Duration;
import java.util.Objects;
import org.tapisim.model.AgentState;

/**
 * An agent's figures over all its sessions at the end of a run: the summary JSON's {@code agents}
 * entry, from {@link org.tapisim.model.AgentStatistics}. Immutable and thread-safe.
 *
 * @param state its overall state when the summary was taken
 * @param acdCalls ACD calls, all sessions
 * @param totalAcdTalk talk time of ACD calls
 * @param totalAcdCall ACD talk plus wrap-up time
 * @param totalWrapup wrap-up time
 */
public record AgentSummary(
    AgentState state,
    long acdCalls,
    Duration totalAcdTalk,
    Duration totalAcdCall,
    Duration totalWrapup) {

  /** Checks that nothing is missing. */
  public AgentSummary {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(totalAcdTalk, "totalAcdTalk");
    Objects.requireNonNull(totalAcdCall, "totalAcdCall");
    Objects.requireNonNull(totalWrapup, "totalWrapup");
  }
}

package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's overall state changed: TAPI 3's {@code ITAgentEvent} ({@code TE_AGENT}), TAPI 2.2's
 * {@code LINE_AGENTSTATUSEX}.
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param agent the agent
 * @param event what happened; it matches {@code to}
 * @param from the state before
 * @param to the state after
 */
public record AgentChanged(
    Instant time, long sequence, AgentId agent, AgentEvent event, AgentState from, AgentState to)
    implements TapiEvent {

  /** Checks that the event matches the new state. */
  public AgentChanged {
    Events.check(time, sequence);
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (event != to.event()) {
      throw new IllegalArgumentException(event + " does not report a move to " + to);
    }
  }

  @Override
  public int tapiEventType() {
    return 0x200;
  }
}

package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent handler appeared or went away: TAPI 3's {@code ITAgentHandlerEvent} ({@code
 * TE_AGENTHANDLER}).
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param handler the handler's name
 * @param event what happened
 */
public record AgentHandlerChanged(
    Instant time, long sequence, String handler, AgentHandlerEvent event) implements TapiEvent {

  /** Checks that nothing is missing. */
  public AgentHandlerChanged {
    Events.check(time, sequence);
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public int tapiEventType() {
    return 0x1000;
  }
}

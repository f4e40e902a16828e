package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent session was created or changed state: TAPI 3's {@code ITAgentSessionEvent} ({@code
 * TE_AGENTSESSION}), TAPI 2.2's {@code LINE_AGENTSESSIONSTATUS}.
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param session the session
 * @param event what happened
 * @param from the state before; {@code null} exactly when {@code event} is NEW_SESSION
 * @param to the state after
 * @param call the ACD call that caused the change (delivered, ended or released), or {@code null}
 */
public record SessionChanged(
    Instant time,
    long sequence,
    SessionId session,
    AgentSessionEvent event,
    AgentSessionState from,
    AgentSessionState to,
    CallId call)
    implements TapiEvent {

  /** Checks that the event matches the states. */
  public SessionChanged {
    Events.check(time, sequence);
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(to, "to");
    if ((from == null) != (event == AgentSessionEvent.NEW_SESSION)) {
      throw new IllegalArgumentException("only NEW_SESSION has no previous state: " + event);
    }
    if (from != null && event != to.event()) {
      throw new IllegalArgumentException(event + " does not report a move to " + to);
    }
  }

  @Override
  public int tapiEventType() {
    return 0x400;
  }
}

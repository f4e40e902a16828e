package org.tapisim.model;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An agent's session in one ACD group: TAPI 3's {@code ITAgentSession} (TAPI 2.2's {@code
 * HAGENTSESSION}, {@code LINEAGENTSESSIONINFO}).
 *
 * <p>Every state change, whoever asks for it, follows {@link AgentSessionState#canMoveTo}; a
 * refused change throws {@link TapiException} with {@link LineError#INVALAGENTSESSIONSTATE},
 * changes nothing and reports nothing.
 */
public interface AgentSession {
  /** Returns its identifier, {@code agent/group}. */
  SessionId id();

  /** Returns its agent ({@code get_Agent}). */
  Agent agent();

  /** Returns its group ({@code get_ACDGroup}). */
  AcdGroup group();

  /** Returns its state ({@code get_State}). */
  AgentSessionState state();

  /**
   * Returns the state it will take when its current ACD work ends ({@code
   * dwNextAgentSessionState}), if one was asked for.
   */
  Optional<AgentSessionState> nextState();

  /**
   * Changes its state now ({@code put_State}, TAPI 2.2 {@code lineSetAgentSessionState}) and clears
   * any next state. Leaving BUSY_ON_CALL releases the call.
   *
   * @throws TapiException with {@code INVALAGENTSESSIONSTATE} if the table forbids the move
   */
  void setState(AgentSessionState state);

  /**
   * Changes its state now and sets the state to take when the ACD work in progress ends.
   *
   * @param next must be a state the table allows from {@code state}
   * @throws TapiException with {@code INVALAGENTSESSIONSTATE} if the table forbids either move
   */
  void setState(AgentSessionState state, AgentSessionState next);

  /**
   * Asks for a state change and returns at once: the future completes when it was applied, or fails
   * with the {@link TapiException} that refused it (TAPI's request id and {@code LINE_REPLY}).
   *
   * @param next the next state, or {@code null} for none
   */
  CompletableFuture<Void> setStateAsync(AgentSessionState state, AgentSessionState next);

  /** Returns when the session was created ({@code get_SessionStartTime}). */
  Instant startTime();

  /** Returns its statistics over the agent's measurement period. */
  AgentSessionStatistics statistics();

  /**
   * Returns its time per state and occupancy, which TAPI does not report.
   *
   * @throws TapiException with {@code OPERATIONUNAVAIL} where the call center cannot tell (over
   *     real TAPI)
   */
  default SessionKpis kpis() {
    throw new TapiException(
        LineError.OPERATIONUNAVAIL, "session " + id() + ": TAPI does not report time per state");
  }
}

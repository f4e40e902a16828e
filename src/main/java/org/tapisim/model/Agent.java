package org.tapisim.model;

import java.time.Duration;
import java.util.List;

/**
 * An agent: TAPI 3's {@code ITAgent} (TAPI 2.2's {@code HAGENT}, {@code LINEAGENTINFO}).
 *
 * <p>An agent works in one session per ACD group it is logged in to. Its overall state follows its
 * sessions: BUSY_ACD while one of them has an ACD call or wrap-up, READY while one is READY, else
 * NOT_READY.
 */
public interface Agent {
  /** Returns its ID ({@code get_ID}). */
  AgentId id();

  /** Returns its user name ({@code get_User}). */
  String user();

  /** Returns its sessions, live and ended, oldest first ({@code EnumerateAgentSessions}). */
  List<AgentSession> sessions();

  /**
   * Creates a session in a group ({@code CreateSession}, TAPI 2.2 {@code lineCreateAgentSession}).
   * The session starts NOT_READY and reports NEW_SESSION.
   *
   * @throws TapiException with {@code INVALAGENTGROUP} if the group is not known or the agent
   *     already has a live session in it
   */
  AgentSession createSession(AcdGroup group);

  /** Returns its overall state ({@code get_State}). */
  AgentState state();

  /**
   * Asks for an overall state ({@code put_State}, TAPI 2.2 {@code lineSetAgentStateEx}): READY or
   * NOT_READY, applied to each of its live sessions as {@link AgentSession#setState} would, a busy
   * session taking it as its next state.
   *
   * @throws TapiException with {@code INVALAGENTSTATE} for any other state, or when the agent has
   *     no live session
   */
  void setState(AgentState state);

  /** Returns the statistics window, {@link Duration#ZERO} when none was set. */
  Duration measurementPeriod();

  /**
   * Sets the statistics window and resets the agent's and its sessions' counters ({@code
   * put_MeasurementPeriod}, TAPI 2.2 {@code lineSetAgentMeasurementPeriod}).
   *
   * @throws TapiException with {@code INVALPARAM} unless {@code period} is positive
   */
  void setMeasurementPeriod(Duration period);

  /** Returns its statistics over the current measurement period. */
  AgentStatistics statistics();
}

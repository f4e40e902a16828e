package org.tapisim.model;

/**
 * What happened to an agent session: TAPI 3's {@code AGENT_SESSION_EVENT} ({@code ASE_*}).
 *
 * <p>{@link #NEW_SESSION} reports a created session; each of the others reports a move into exactly
 * one {@link AgentSessionState}. Immutable and thread-safe.
 */
public enum AgentSessionEvent {
  /** A session was created: {@code ASE_NEW_SESSION} = 0. */
  NEW_SESSION(0),
  /** The session became NOT_READY: {@code ASE_NOT_READY} = 1. */
  NOT_READY(1),
  /** The session became READY: {@code ASE_READY} = 2. */
  READY(2),
  /** The session became BUSY_ON_CALL: {@code ASE_BUSY} = 3. */
  BUSY(3),
  /** The session entered BUSY_WRAPUP: {@code ASE_WRAPUP} = 4. */
  WRAPUP(4),
  /** The session ended: {@code ASE_END} = 5. */
  END(5);

  private static final AgentSessionEvent[] BY_VALUE = values();

  private final int tapiValue;

  AgentSessionEvent(int tapiValue) {
    this.tapiValue = tapiValue;
  }

  /** Returns the TAPI 3 {@code AGENT_SESSION_EVENT} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /**
   * Returns the event with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not an {@code ASE_*} value
   */
  public static AgentSessionEvent fromTapi(int value) {
    if (value < 0 || value >= BY_VALUE.length) {
      throw new IllegalArgumentException("not an AGENT_SESSION_EVENT value: " + value);
    }
    return BY_VALUE[value];
  }
}

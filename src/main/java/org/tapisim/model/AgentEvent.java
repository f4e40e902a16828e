package org.tapisim.model;

/**
 * What happened to an agent: TAPI 3's {@code AGENT_EVENT} ({@code AE_*}); each reports a move into
 * the {@link AgentState} of the same value. Immutable and thread-safe.
 */
public enum AgentEvent {
  /** {@code AE_NOT_READY} = 0. */
  NOT_READY(0),
  /** {@code AE_READY} = 1. */
  READY(1),
  /** {@code AE_BUSY_ACD} = 2. */
  BUSY_ACD(2),
  /** {@code AE_BUSY_INCOMING} = 3. */
  BUSY_INCOMING(3),
  /** {@code AE_BUSY_OUTGOING} = 4. */
  BUSY_OUTGOING(4),
  /** {@code AE_UNKNOWN} = 5. */
  UNKNOWN(5);

  private static final AgentEvent[] BY_VALUE = values();

  private final int tapiValue;

  AgentEvent(int tapiValue) {
    this.tapiValue = tapiValue;
  }

  /** Returns the TAPI 3 {@code AGENT_EVENT} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /**
   * Returns the event with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not an {@code AE_*} value
   */
  public static AgentEvent fromTapi(int value) {
    if (value < 0 || value >= BY_VALUE.length) {
      throw new IllegalArgumentException("not an AGENT_EVENT value: " + value);
    }
    return BY_VALUE[value];
  }
}

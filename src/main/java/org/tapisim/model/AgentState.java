package org.tapisim.model;

/**
 * The state of an agent as a whole: TAPI 3's {@code AGENT_STATE} ({@code AS_*}), with its TAPI 2.2
 * {@code LINEAGENTSTATEEX_*} bit.
 *
 * <p>BUSY_INCOMING and BUSY_OUTGOING mean a non-ACD call in that direction. Immutable and
 * thread-safe.
 */
public enum AgentState {
  /** The agent cannot take calls: {@code AS_NOT_READY} = 0, {@code NOTREADY} = 0x1. */
  NOT_READY(0, 0x1),
  /** The agent can take calls: {@code AS_READY} = 1, {@code READY} = 0x2. */
  READY(1, 0x2),
  /** The agent is busy with ACD work: {@code AS_BUSY_ACD} = 2, {@code BUSYACD} = 0x4. */
  BUSY_ACD(2, 0x4),
  /** The agent is on a non-ACD incoming call: {@code AS_BUSY_INCOMING} = 3, 0x8. */
  BUSY_INCOMING(3, 0x8),
  /** The agent is on a non-ACD outgoing call: {@code AS_BUSY_OUTGOING} = 4, 0x10. */
  BUSY_OUTGOING(4, 0x10),
  /** The state is not known: {@code AS_UNKNOWN} = 5, {@code UNKNOWN} = 0x20. */
  UNKNOWN(5, 0x20);

  private static final AgentState[] BY_VALUE = values();

  private final int tapiValue;
  private final int lineBit;

  AgentState(int tapiValue, int lineBit) {
    this.tapiValue = tapiValue;
    this.lineBit = lineBit;
  }

  /** Returns the TAPI 3 {@code AGENT_STATE} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /** Returns the TAPI 2.2 {@code LINEAGENTSTATEEX_*} bit. */
  public int lineBit() {
    return lineBit;
  }

  /** Returns the {@link AgentEvent} that reports a move into this state. */
  public AgentEvent event() {
    return AgentEvent.fromTapi(tapiValue);
  }

  /**
   * Returns the state with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not an {@code AS_*} value
   */
  public static AgentState fromTapi(int value) {
    if (value < 0 || value >= BY_VALUE.length) {
      throw new IllegalArgumentException("not an AGENT_STATE value: " + value);
    }
    return BY_VALUE[value];
  }

  /**
   * Returns the state with the given TAPI 2.2 bit.
   *
   * @throws IllegalArgumentException if {@code bit} is not a {@code LINEAGENTSTATEEX_*} bit of a
   *     TAPI 3 state (RELEASED, 0x40, has no TAPI 3 counterpart)
   */
  public static AgentState fromLineBit(int bit) {
    for (AgentState state : BY_VALUE) {
      if (state.lineBit == bit) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "not a LINEAGENTSTATEEX_ bit of a TAPI 3 state: 0x" + Integer.toHexString(bit));
  }
}

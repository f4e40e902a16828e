package org.tapisim.model;

/**
 * The state of an agent session: TAPI 3's {@code AGENT_SESSION_STATE}, with Microsoft's transition
 * table.
 *
 * <p>Each constant carries its TAPI 3 value ({@code ASST_*}, 0..4) and its TAPI 2.2 bit ({@code
 * LINEAGENTSESSIONSTATE_*}, 0x1..0x10). {@link #canMoveTo(AgentSessionState)} is the table from the
 * {@code AGENT_SESSION_STATE} documentation and nothing more: a move to the same state is not a
 * transition, and {@link #SESSION_ENDED} is terminal. Every component that changes a session's
 * state (the simulated switch, the native stand-in, the bridge) goes through this table.
 *
 * <p>Immutable and thread-safe.
 */
public enum AgentSessionState {
  /** The agent cannot take ACD calls: {@code ASST_NOT_READY} = 0, {@code NOTREADY} = 0x1. */
  NOT_READY(0, 0x1),
  /** The agent can take ACD calls: {@code ASST_READY} = 1, {@code READY} = 0x2. */
  READY(1, 0x2),
  /** The agent is handling an ACD call: {@code ASST_BUSY_ON_CALL} = 2, {@code BUSYONCALL} = 0x4. */
  BUSY_ON_CALL(2, 0x4),
  /** The agent is doing ACD wrap-up: {@code ASST_BUSY_WRAPUP} = 3, {@code BUSYWRAPUP} = 0x8. */
  BUSY_WRAPUP(3, 0x8),
  /** The session is over (terminal): {@code ASST_SESSION_ENDED} = 4, {@code ENDED} = 0x10. */
  SESSION_ENDED(4, 0x10);

  private static final AgentSessionState[] BY_VALUE = values();

  /** Microsoft's table as one bit per allowed target state, indexed by the source state. */
  private static final int[] ALLOWED = new int[BY_VALUE.length];

  static {
    allow(NOT_READY, READY, SESSION_ENDED);
    allow(READY, BUSY_ON_CALL, NOT_READY, SESSION_ENDED);
    allow(BUSY_ON_CALL, BUSY_WRAPUP, READY, NOT_READY, SESSION_ENDED);
    allow(BUSY_WRAPUP, READY, NOT_READY, SESSION_ENDED);
    // SESSION_ENDED is terminal: no bits
  }

  private static void allow(AgentSessionState from, AgentSessionState... to) {
    for (AgentSessionState target : to) {
      ALLOWED[from.ordinal()] |= 1 << target.ordinal();
    }
  }

  private final int tapiValue;
  private final int lineBit;

  AgentSessionState(int tapiValue, int lineBit) {
    this.tapiValue = tapiValue;
    this.lineBit = lineBit;
  }

  /** Returns the TAPI 3 {@code AGENT_SESSION_STATE} value ({@code ASST_*}). */
  public int tapiValue() {
    return tapiValue;
  }

  /** Returns the TAPI 2.2 {@code LINEAGENTSESSIONSTATE_*} bit. */
  public int lineBit() {
    return lineBit;
  }

  /**
   * Tells whether Microsoft's table allows a move from this state to {@code to}.
   *
   * <p>NOT_READY → READY | SESSION_ENDED; READY → BUSY_ON_CALL | NOT_READY | SESSION_ENDED;
   * BUSY_ON_CALL → BUSY_WRAPUP | READY | NOT_READY | SESSION_ENDED; BUSY_WRAPUP → READY | NOT_READY
   * | SESSION_ENDED; SESSION_ENDED → nothing. A move to the same state is not a transition.
   */
  public boolean canMoveTo(AgentSessionState to) {
    return (ALLOWED[ordinal()] & (1 << to.ordinal())) != 0;
  }

  /**
   * Tells whether this state may be the next state of a session set to {@code state}: the state it
   * takes when its ACD work ends. It must be READY, NOT_READY or SESSION_ENDED (not a busy state,
   * which only the switch enters) and a move the table allows from {@code state}.
   */
  public boolean canFollow(AgentSessionState state) {
    return this != BUSY_ON_CALL && this != BUSY_WRAPUP && state.canMoveTo(this);
  }

  /** Returns the {@link AgentSessionEvent} that reports a move into this state. */
  public AgentSessionEvent event() {
    return switch (this) {
      case NOT_READY -> AgentSessionEvent.NOT_READY;
      case READY -> AgentSessionEvent.READY;
      case BUSY_ON_CALL -> AgentSessionEvent.BUSY;
      case BUSY_WRAPUP -> AgentSessionEvent.WRAPUP;
      case SESSION_ENDED -> AgentSessionEvent.END;
    };
  }

  /**
   * Returns the state with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not an {@code ASST_*} value
   */
  public static AgentSessionState fromTapi(int value) {
    if (value < 0 || value >= BY_VALUE.length) {
      throw new IllegalArgumentException("not an AGENT_SESSION_STATE value: " + value);
    }
    return BY_VALUE[value];
  }

  /**
   * Returns the state with the given TAPI 2.2 bit.
   *
   * @throws IllegalArgumentException if {@code bit} is not a single {@code LINEAGENTSESSIONSTATE_*}
   *     bit of a TAPI 3 state (RELEASED, 0x20, has no TAPI 3 counterpart)
   */
  public static AgentSessionState fromLineBit(int bit) {
    for (AgentSessionState state : BY_VALUE) {
      if (state.lineBit == bit) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "not a LINEAGENTSESSIONSTATE_ bit of a TAPI 3 state: 0x" + Integer.toHexString(bit));
  }
}

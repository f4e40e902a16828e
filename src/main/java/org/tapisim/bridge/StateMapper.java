package org.tapisim.bridge;

import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/** TAPI 2.2's state bits as tapisim's states. */
final class StateMapper {
  private static final int SESSION_RELEASED = 0x20;
  private static final int AGENT_RELEASED = 0x40;

  private StateMapper() {}

  /**
   * Returns the session state of a {@code LINEAGENTSESSIONSTATE_} bit; RELEASED, which TAPI 3 does
   * not name, counts as SESSION_ENDED.
   *
   * @throws TapiException with OPERATIONFAILED for any other value
   */
  static AgentSessionState sessionState(int bit) {
    if (bit == SESSION_RELEASED) {
      return AgentSessionState.SESSION_ENDED;
    }
    try {
      return AgentSessionState.fromLineBit(bit);
    } catch (IllegalArgumentException e) {
      throw new TapiException(
          LineError.OPERATIONFAILED, "TAPI reported an unknown session state 0x" + hex(bit), e);
    }
  }

  /**
   * Returns the agent state of a {@code LINEAGENTSTATEEX_} bit; RELEASED ("probably logged off")
   * and any value TAPI 3 does not name count as UNKNOWN.
   */
  static AgentState agentState(int bit) {
    if (bit == AGENT_RELEASED) {
      return AgentState.UNKNOWN;
    }
    try {
      return AgentState.fromLineBit(bit);
    } catch (IllegalArgumentException e) {
      return AgentState.UNKNOWN;
    }
  }

  private static String hex(int value) {
    return Integer.toHexString(value);
  }
}

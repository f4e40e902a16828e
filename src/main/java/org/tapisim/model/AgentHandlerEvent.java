package org.tapisim.model;

/**
 * What happened to an agent handler: TAPI 3's {@code AGENTHANDLER_EVENT} ({@code AHE_*}). The
 * object was added to, or removed from, the set an application can see. Immutable and thread-safe.
 */
public enum AgentHandlerEvent {
  /** The agent handler appeared: {@code AHE_NEW_AGENTHANDLER} = 0. */
  NEW_AGENTHANDLER(0),
  /** The agent handler went away: {@code AHE_AGENTHANDLER_REMOVED} = 1. */
  AGENTHANDLER_REMOVED(1);

  private final int tapiValue;

  AgentHandlerEvent(int tapiValue) {
    this.tapiValue = tapiValue;
  }

  /** Returns the TAPI 3 {@code AGENTHANDLER_EVENT} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /**
   * Returns the event with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not a {@code AHE_*} value
   */
  public static AgentHandlerEvent fromTapi(int value) {
    for (AgentHandlerEvent event : values()) {
      if (event.tapiValue == value) {
        return event;
      }
    }
    throw new IllegalArgumentException("not an AGENTHANDLER_EVENT value: " + value);
  }
}

package org.tapisim.model;

import java.util.Objects;

/**
 * A TAPI request failed: carries the {@link LineError} TAPI would return, and a message naming the
 * object and, for state changes, the current and the requested state.
 *
 * <p>Thrown by every implementation of the call-center interfaces (the simulator and the bridge); a
 * request that throws has changed nothing. Unchecked. Immutable and thread-safe.
 */
public class TapiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LineError error;

  /** Creates an exception carrying {@code error}; the message says what was refused and why. */
  public TapiException(LineError error, String message) {
    super(Objects.requireNonNull(message, "message") + " (" + error.tapiName() + ")");
    this.error = error;
  }

  /** Creates an exception carrying {@code error}, caused by {@code cause}. */
  public TapiException(LineError error, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message") + " (" + error.tapiName() + ")", cause);
    this.error = error;
  }

  /** Returns the TAPI error code. */
  public LineError error() {
    return error;
  }

  /**
   * Returns the exception for a session state change that Microsoft's table does not allow.
   *
   * @param session the session refused
   * @param current its state, unchanged
   * @param requested the state asked for
   */
  public static TapiException invalidSessionState(
      SessionId session, AgentSessionState current, AgentSessionState requested) {
    return new TapiException(
        LineError.INVALAGENTSESSIONSTATE,
        "session " + session + " cannot move from " + current + " to " + requested);
  }

  /**
   * Returns the exception for a next state that cannot follow the state asked for (see {@link
   * AgentSessionState#canFollow}).
   */
  public static TapiException invalidNextState(
      SessionId session, AgentSessionState state, AgentSessionState next) {
    return new TapiException(
        LineError.INVALAGENTSESSIONSTATE,
        "session " + session + " cannot take " + next + " as the next state after " + state);
  }
}

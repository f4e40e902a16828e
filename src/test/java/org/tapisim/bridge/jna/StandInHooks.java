package org.tapisim.bridge.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The native stand-in's own test functions (native/hooks.c); real tapi32 has none of them. Agent
 * IDs and group names are UTF-16 memory from {@link Utf16#toNative}. Each returns 0 or a LINEERR.
 */
public interface StandInHooks extends Library {
  /** Forgets every application, line, agent and session; restores the built-in ACD and clock. */
  int tapisimStandInReset();

  /** Moves the stand-in's clock (starting at 2025-01-06T09:00:00Z) forward. */
  int tapisimStandInAdvanceClock(int seconds);

  /** Delivers an ACD call that waited {@code waitedSeconds} to a READY session. */
  int tapisimStandInDeliverCall(Pointer agentId, Pointer groupName, int waitedSeconds);

  /** Ends a session's call: to BUSY_WRAPUP if {@code wrapUp} is non-zero, else the next state. */
  int tapisimStandInEndCall(Pointer agentId, Pointer groupName, int wrapUp);

  /** Closes every open line with LINE_CLOSE. */
  int tapisimStandInForceLineClose();

  /** Sends LINE_LINEDEVSTATE(REINIT) and fails later calls with LINEERR_REINIT. */
  int tapisimStandInForceReinit();

  /** Makes the next asynchronous request fail with {@code lineError} in its LINE_REPLY. */
  int tapisimStandInFailNextRequest(int lineError);

  /** Makes the next asynchronous request go unanswered. */
  int tapisimStandInDropNextReply();
}

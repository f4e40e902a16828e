package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEAGENTSESSIONINFO} (76 bytes, the DATE unaligned at offset 20): an agent
 * session's state and statistics, filled by {@code lineGetAgentSessionInfo}. Times are seconds. Not
 * thread-safe.
 */
@Structure.FieldOrder({
  "dwAgentSessionState",
  "dwNextAgentSessionState",
  "dateSessionStartTime",
  "dwSessionDuration",
  "dwNumberOfCalls",
  "dwTotalTalkTime",
  "dwAverageTalkTime",
  "dwTotalCallTime",
  "dwAverageCallTime",
  "dwTotalWrapUpTime",
  "dwAverageWrapUpTime",
  "cyACDCallRate",
  "dwLongestTimeToAnswer",
  "dwAverageTimeToAnswer"
})
public class LINEAGENTSESSIONINFO extends TapiStructure {
  /** {@code LINEAGENTSESSIONSTATE_*}: the state. */
  public int dwAgentSessionState;

  /** {@code LINEAGENTSESSIONSTATE_*}: the state after the current ACD work, or 0. */
  public int dwNextAgentSessionState;

  /** When the session was created: an OLE Automation DATE (days since 1899-12-30). */
  public double dateSessionStartTime;

  /** Active time; it stops at ENDED. */
  public int dwSessionDuration;

  /** ACD calls. */
  public int dwNumberOfCalls;

  /** Talk time. */
  public int dwTotalTalkTime;

  /** Talk time per call. */
  public int dwAverageTalkTime;

  /** Talk plus wrap-up time. */
  public int dwTotalCallTime;

  /** Call time per call. */
  public int dwAverageCallTime;

  /** Wrap-up time. */
  public int dwTotalWrapUpTime;

  /** Wrap-up time per wrap-up. */
  public int dwAverageWrapUpTime;

  /** Calls per hour as a CURRENCY: the value times 10 000. */
  public long cyACDCallRate;

  /** The longest wait of a call before it was answered. */
  public int dwLongestTimeToAnswer;

  /** The average wait before answer. */
  public int dwAverageTimeToAnswer;

  /** Creates the structure with {@code dwTotalSize} set to its size. */
  public LINEAGENTSESSIONINFO() {
    setTotalSize(size());
  }
}

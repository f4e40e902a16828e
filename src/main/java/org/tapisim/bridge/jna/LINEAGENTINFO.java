package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEAGENTINFO} (56 bytes): an agent's state and statistics over all its sessions,
 * filled by {@code lineGetAgentInfo}. Times are seconds. Not thread-safe.
 */
@Structure.FieldOrder({
  "dwAgentState",
  "dwNextAgentState",
  "dwMeasurementPeriod",
  "cyOverallCallRate",
  "dwNumberOfACDCalls",
  "dwNumberOfIncomingCalls",
  "dwNumberOfOutgoingCalls",
  "dwTotalACDTalkTime",
  "dwTotalACDCallTime",
  "dwTotalACDWrapUpTime"
})
public class LINEAGENTINFO extends TapiStructure {
  /** {@code LINEAGENTSTATEEX_*}: the agent's state. */
  public int dwAgentState;

  /** {@code LINEAGENTSTATEEX_*}: the next state, or 0. */
  public int dwNextAgentState;

  /** The statistics window in seconds, 0 when none was set. */
  public int dwMeasurementPeriod;

  /** Calls per hour as a CURRENCY: the value times 10 000. */
  public long cyOverallCallRate;

  /** ACD calls. */
  public int dwNumberOfACDCalls;

  /** Non-ACD incoming calls. */
  public int dwNumberOfIncomingCalls;

  /** Non-ACD outgoing calls. */
  public int dwNumberOfOutgoingCalls;

  /** ACD talk time. */
  public int dwTotalACDTalkTime;

  /** ACD talk plus wrap-up time. */
  public int dwTotalACDCallTime;

  /** Wrap-up time. */
  public int dwTotalACDWrapUpTime;

  /** Creates the structure with {@code dwTotalSize} set to its size. */
  public LINEAGENTINFO() {
    setTotalSize(size());
  }
}

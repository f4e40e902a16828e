package org.tapisim.bridge.jna;

import com.sun.jna.Structure;

/**
 * TAPI's {@code LINEQUEUEINFO} (52 bytes): a queue's statistics, filled by {@code lineGetQueueInfo}
 * (TAPI 3.0). Times are seconds. Not thread-safe.
 */
@Structure.FieldOrder({
  "dwMeasurementPeriod",
  "dwTotalCallsQueued",
  "dwCurrentCallsQueued",
  "dwTotalCallsAbandoned",
  "dwTotalCallsFlowedIn",
  "dwTotalCallsFlowedOut",
  "dwLongestEverWaitTime",
  "dwCurrentLongestWaitTime",
  "dwAverageWaitTime",
  "dwFinalDisposition"
})
public class LINEQUEUEINFO extends TapiStructure {
  /** The statistics window in seconds, 0 when none was set. */
  public int dwMeasurementPeriod;

  /** Calls that came in. */
  public int dwTotalCallsQueued;

  /** Calls waiting now. */
  public int dwCurrentCallsQueued;

  /** Callers who gave up. */
  public int dwTotalCallsAbandoned;

  /** Calls passed in from another queue. */
  public int dwTotalCallsFlowedIn;

  /** Calls passed on to another queue. */
  public int dwTotalCallsFlowedOut;

  /** The longest wait of any call. */
  public int dwLongestEverWaitTime;

  /** The longest wait among calls waiting now. */
  public int dwCurrentLongestWaitTime;

  /** The average wait. */
  public int dwAverageWaitTime;

  /** Calls that reached the end of the call guide. */
  public int dwFinalDisposition;

  /** Creates the structure with {@code dwTotalSize} set to its size. */
  public LINEQUEUEINFO() {
    setTotalSize(size());
  }
}

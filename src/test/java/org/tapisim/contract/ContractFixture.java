package org.tapisim.contract;

import java.time.Duration;
import org.tapisim.model.CallCenter;
import org.tapisim.model.SessionId;

/**
 * What {@link CallCenterContract} needs beyond the {@link CallCenter} API: a fresh call center with
 * the contract population, and the switch's side of an ACD call.
 *
 * <p>The population: one agent handler serving groups {@code sales} and {@code support}, each with
 * one queue named like its group, no wrap-up time; agents {@code alice} (sales, support), {@code
 * bob} (sales) and {@code carol} (support), with no sessions; an agent created with a new ID may
 * log in to any group.
 */
public interface ContractFixture extends AutoCloseable {
  /** Returns the call center under test; the same one on every call. */
  CallCenter callCenter();

  /**
   * Delivers one ACD call, which waited no time, to the session (READY, its agent busy nowhere
   * else): the session goes BUSY_ON_CALL and the group's queue counts one more call queued. Returns
   * once the switch applied it; the events may follow asynchronously.
   */
  void deliverCall(SessionId session);

  /**
   * Ends the session's ACD call (hang-up, no wrap-up): the session goes to its next state, READY
   * when none was asked for. Returns once the switch applied it.
   */
  void endCall(SessionId session);

  /** Lets {@code time} (whole seconds) pass on the call center's clock. */
  void advance(Duration time);

  /** Closes the call center and anything the fixture opened. */
  @Override
  void close();
}

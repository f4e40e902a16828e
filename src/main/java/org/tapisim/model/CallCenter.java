package org.tapisim.model;

import java.util.List;

/**
 * The root of a call center: TAPI 3's {@code ITTAPICallCenter} plus event subscription ({@code
 * ITTAPI::put_EventFilter} and {@code ITTAPIEventNotification}).
 *
 * <p>Implemented by the simulated switch ({@code org.tapisim.acd.AcdSimulator}) and by the bridge
 * to real TAPI ({@code org.tapisim.bridge.Tapi32CallCenter}), so code written against this
 * interface runs on both. Thread-safety is stated by each implementation.
 */
public interface CallCenter extends AutoCloseable {
  /** Returns the agent handlers ({@code ITTAPICallCenter::EnumerateAgentHandlers}). */
  List<AgentHandler> agentHandlers();

  /**
   * Registers a listener for every event of this call center, delivered in order.
   *
   * @return the registration; close it to stop
   */
  Subscription subscribe(TapiEventListener listener);

  /** Releases the call center; later calls fail. Closing twice does nothing. */
  @Override
  void close();
}

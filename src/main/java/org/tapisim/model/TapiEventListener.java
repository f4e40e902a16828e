package org.tapisim.model;

/**
 * Receives a call center's events: TAPI 3's {@code ITTAPIEventNotification}.
 *
 * <p>Events arrive one at a time, in their total order, on the thread that owns the call center's
 * state (for the simulator: the thread driving virtual time, or the real-time loop thread). A
 * listener may call back into the call center; such calls apply at once. A listener that throws is
 * logged and does not stop the call center or other listeners.
 */
@FunctionalInterface
public interface TapiEventListener {
  /** Receives one event. */
  void onEvent(TapiEvent event);
}

package org.tapisim.model;

/**
 * A listener's registration with a call center; closing it stops further events. Closing twice does
 * nothing. Thread-safe.
 */
public interface Subscription extends AutoCloseable {
  /** Stops delivering events to the listener. */
  @Override
  void close();
}

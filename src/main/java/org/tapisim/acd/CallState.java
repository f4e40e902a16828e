package org.tapisim.acd;

/** Where an ACD call is in its life. Immutable. */
public enum CallState {
  /** Waiting in its group's queue. */
  WAITING,
  /** Delivered to a session and being talked. */
  TALKING,
  /** Delivered and over (completed, hung up or released). */
  ENDED,
  /** The caller gave up while waiting. */
  ABANDONED,
  /** Turned away at arrival because the queue was full. */
  BLOCKED;

  /** Tells whether the call is over, whatever the outcome. */
  public boolean isFinal() {
    return this == ENDED || this == ABANDONED || this == BLOCKED;
  }
}

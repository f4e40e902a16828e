package org.tapisim.model;

/**
 * What happened to an ACD queue: TAPI 3's {@code ACDQUEUE_EVENT} ({@code ACDQE_*}). The object was
 * added to, or removed from, the set an application can see. Immutable and thread-safe.
 */
public enum AcdQueueEvent {
  /** The queue appeared: {@code ACDQE_NEW_QUEUE} = 0. */
  NEW_QUEUE(0),
  /** The queue went away: {@code ACDQE_QUEUE_REMOVED} = 1. */
  QUEUE_REMOVED(1);

  private final int tapiValue;

  AcdQueueEvent(int tapiValue) {
    this.tapiValue = tapiValue;
  }

  /** Returns the TAPI 3 {@code ACDQUEUE_EVENT} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /**
   * Returns the event with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not a {@code ACDQE_*} value
   */
  public static AcdQueueEvent fromTapi(int value) {
    for (AcdQueueEvent event : values()) {
      if (event.tapiValue == value) {
        return event;
      }
    }
    throw new IllegalArgumentException("not an ACDQUEUE_EVENT value: " + value);
  }
}

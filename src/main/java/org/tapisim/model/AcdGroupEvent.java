package org.tapisim.model;

/**
 * What happened to an ACD group: TAPI 3's {@code ACDGROUP_EVENT} ({@code ACDGE_*}). The object was
 * added to, or removed from, the set an application can see. Immutable and thread-safe.
 */
public enum AcdGroupEvent {
  /** The group appeared: {@code ACDGE_NEW_GROUP} = 0. */
  NEW_GROUP(0),
  /** The group went away: {@code ACDGE_GROUP_REMOVED} = 1. */
  GROUP_REMOVED(1);

  private final int tapiValue;

  AcdGroupEvent(int tapiValue) {
    this.tapiValue = tapiValue;
  }

  /** Returns the TAPI 3 {@code ACDGROUP_EVENT} value. */
  public int tapiValue() {
    return tapiValue;
  }

  /**
   * Returns the event with the given TAPI 3 value.
   *
   * @throws IllegalArgumentException if {@code value} is not a {@code ACDGE_*} value
   */
  public static AcdGroupEvent fromTapi(int value) {
    for (AcdGroupEvent event : values()) {
      if (event.tapiValue == value) {
        return event;
      }
    }
    throw new IllegalArgumentException("not an ACDGROUP_EVENT value: " + value);
  }
}

package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An ACD group appeared or went away: TAPI 3's {@code ITACDGroupEvent} ({@code TE_ACDGROUP}).
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param group the group
 * @param event what happened
 */
public record GroupChanged(Instant time, long sequence, GroupId group, AcdGroupEvent event)
    implements TapiEvent {

  /** Checks that nothing is missing. */
  public GroupChanged {
    Events.check(time, sequence);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public int tapiEventType() {
    return 0x2000;
  }
}

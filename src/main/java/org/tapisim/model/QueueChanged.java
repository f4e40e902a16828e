package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A queue appeared or went away: TAPI 3's {@code ITQueueEvent} ({@code TE_QUEUE}).
 *
 * @param time when it happened
 * @param sequence its place in the total order
 * @param queue the queue
 * @param group the group the queue belongs to
 * @param event what happened
 */
public record QueueChanged(
    Instant time, long sequence, QueueId queue, GroupId group, AcdQueueEvent event)
    implements TapiEvent {

  /** Checks that nothing is missing. */
  public QueueChanged {
    Events.check(time, sequence);
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public int tapiEventType() {
    return 0x4000;
  }
}

package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An offered call found no eligible agent and waits in the group's queue (FIFO).
 *
 * @param time when it started waiting
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 * @param position its place in the queue, from 1
 */
public record CallQueued(Instant time, long sequence, CallId call, GroupId group, long position)
    implements CallEvent {

  /** Checks that nothing is missing. */
  public CallQueued {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
    if (position < 1) {
      throw new IllegalArgumentException("queue position must be positive: " + position);
    }
  }

  @Override
  public Kind kind() {
    return Kind.QUEUED;
  }
}

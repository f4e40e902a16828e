package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An arriving call was turned away because the group's queue was at capacity; it is not offered.
 *
 * @param time when it arrived
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 */
public record CallBlocked(Instant time, long sequence, CallId call, GroupId group)
    implements CallEvent {

  /** Checks that nothing is missing. */
  public CallBlocked {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
  }

  @Override
  public Kind kind() {
    return Kind.BLOCKED;
  }
}

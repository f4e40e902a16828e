package org.tapisim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A call arrived at a group's queue and was accepted (not blocked).
 *
 * @param time when it arrived
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 */
public record CallOffered(Instant time, long sequence, CallId call, GroupId group)
    implements CallEvent {

  /** Checks that nothing is missing. */
  public CallOffered {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
  }

  @Override
  public Kind kind() {
    return Kind.OFFERED;
  }
}

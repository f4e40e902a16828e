package org.tapisim.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A waiting caller gave up (patience ran out, or the call was hung up while queued).
 *
 * @param time when the caller left
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 * @param waited how long the caller waited
 */
public record CallAbandoned(
    Instant time, long sequence, CallId call, GroupId group, Duration waited) implements CallEvent {

  /** Checks that nothing is missing. */
  public CallAbandoned {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
    Stats.nonNegative(waited, "waited");
  }

  @Override
  public Kind kind() {
    return Kind.ABANDONED;
  }
}

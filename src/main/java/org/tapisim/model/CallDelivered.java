package org.tapisim.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A call was delivered to an agent session (the session goes BUSY_ON_CALL).
 *
 * @param time when it was delivered
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 * @param session the session that got it
 * @param waited how long the caller waited
 */
public record CallDelivered(
    Instant time, long sequence, CallId call, GroupId group, SessionId session, Duration waited)
    implements CallEvent {

  /** Checks that nothing is missing. */
  public CallDelivered {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(session, "session");
    Stats.nonNegative(waited, "waited");
  }

  @Override
  public Kind kind() {
    return Kind.DELIVERED;
  }
}

package org.tapisim.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivered call ended: its talk time ran out, it was hung up, or the agent's state change or
 * logout released it.
 *
 * @param time when it ended
 * @param sequence its place in the total order
 * @param call the call
 * @param group the group
 * @param session the session that had it
 * @param talkTime how long it was talked
 * @param reason why it ended
 */
public record CallEnded(
    Instant time,
    long sequence,
    CallId call,
    GroupId group,
    SessionId session,
    Duration talkTime,
    Reason reason)
    implements CallEvent {

  /** Why a delivered call ended. */
  public enum Reason {
    /** The talk time ran out. */
    COMPLETED,
    /** The call was hung up before its talk time ran out. */
    HUNG_UP,
    /** The session left BUSY_ON_CALL by a state change or logout, releasing the call. */
    RELEASED
  }

  /** Checks that nothing is missing. */
  public CallEnded {
    Events.check(time, sequence);
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(session, "session");
    Stats.nonNegative(talkTime, "talkTime");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public Kind kind() {
    return Kind.ENDED;
  }
}

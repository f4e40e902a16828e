package org.tapisim.model;

import java.util.Optional;

/**
 * A switch-level event about an ACD call: it was offered to a group, queued, delivered to a
 * session, abandoned, blocked or ended. TAPI 3's call-center events have no such kind; the
 * simulator adds them so a test can follow every call.
 */
public sealed interface CallEvent extends TapiEvent
    permits CallOffered, CallQueued, CallDelivered, CallAbandoned, CallBlocked, CallEnded {

  /** The kinds of call event, named as scripts and the event logs write them. */
  enum Kind {
    OFFERED(CallOffered.class),
    QUEUED(CallQueued.class),
    DELIVERED(CallDelivered.class),
    ABANDONED(CallAbandoned.class),
    BLOCKED(CallBlocked.class),
    ENDED(CallEnded.class);

    private final Class<? extends CallEvent> type;

    Kind(Class<? extends CallEvent> type) {
      this.type = type;
    }

    /** Returns the kind a call-event record reports, or empty for any other class. */
    public static Optional<Kind> of(Class<?> type) {
      for (Kind kind : values()) {
        if (kind.type == type) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** Returns which kind of call event this is. */
  Kind kind();

  /** Returns the call. */
  CallId call();

  /** Returns the group whose queue the call came to. */
  GroupId group();

  @Override
  default int tapiEventType() {
    return 0;
  }
}

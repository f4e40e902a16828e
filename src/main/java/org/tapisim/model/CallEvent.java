package org.tapisim.model;

/**
 * A switch-level event about an ACD call: it was offered to a group, queued, delivered to a
 * session, abandoned, blocked or ended. TAPI 3's call-center events have no such kind; the
 * simulator adds them so a test can follow every call.
 */
public sealed interface CallEvent extends TapiEvent
    permits CallOffered, CallQueued, CallDelivered, CallAbandoned, CallBlocked, CallEnded {

  /** Returns the call. */
  CallId call();

  /** Returns the group whose queue the call came to. */
  GroupId group();

  @Override
  default int tapiEventType() {
    return 0;
  }
}

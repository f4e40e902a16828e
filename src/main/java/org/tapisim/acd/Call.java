package org.tapisim.acd;

import java.time.Instant;
import java.util.Optional;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionId;

/**
 * An ACD call in the simulated switch, as returned by {@link AcdSimulator#offerCall}. Reads are
 * safe from any thread: in real time they are handed to the simulator's loop.
 */
public interface Call {
  /** Returns its identifier. */
  CallId id();

  /** Returns the group it came to. */
  GroupId group();

  /** Returns when it arrived. */
  Instant arrivalTime();

  /** Returns where it is now. */
  CallState state();

  /** Returns the session it was delivered to, if it was. */
  Optional<SessionId> session();
}

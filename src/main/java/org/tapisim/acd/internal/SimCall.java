package org.tapisim.acd.internal;

import java.time.Instant;
import java.util.Optional;
import org.tapisim.acd.Call;
import org.tapisim.acd.CallState;
import org.tapisim.model.CallId;
import org.tapisim.model.GroupId;
import org.tapisim.model.SessionId;

/** A call in the switch; the links make it a node of its group's FIFO queue. */
final class SimCall implements Call {
  final Switch owner;
  final long serial;
  final String label;
  final SimGroup simGroup;
  final long arrival;
  final long talk;
  CallState state = CallState.WAITING;
  SimSession session;
  long answeredAt;
  SimCall prev;
  SimCall next;
  private CallId id;

  SimCall(Switch owner, long serial, String label, SimGroup simGroup, long arrival, long talk) {
    this.owner = owner;
    this.serial = serial;
    this.label = label;
    this.simGroup = simGroup;
    this.arrival = arrival;
    this.talk = talk;
  }

  @Override
  public CallId id() {
    CallId known = id;
    if (known == null) {
      known = new CallId(serial, label);
      id = known;
    }
    return known;
  }

  @Override
  public GroupId group() {
    return simGroup.id();
  }

  @Override
  public Instant arrivalTime() {
    return owner.instant(arrival);
  }

  @Override
  public CallState state() {
    return owner.read(() -> state);
  }

  @Override
  public Optional<SessionId> session() {
    return owner.read(() -> Optional.ofNullable(session).map(SimSession::id));
  }

  @Override
  public String toString() {
    return "call " + id();
  }
}

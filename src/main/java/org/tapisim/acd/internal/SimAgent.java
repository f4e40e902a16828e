package org.tapisim.acd.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentState;
import org.tapisim.model.AgentStatistics;

/** An agent in the switch. Public methods are safe from any thread. */
final class SimAgent implements Agent {
  final Switch owner;
  final AgentId id;
  final int ordinal;
  final List<SimGroup> groups;
  final boolean autoReady;
  final List<SimSession> sessions = new ArrayList<>(1);
  final List<SimSession> live = new ArrayList<>(1);
  final Period period = new Period();

  /** Live sessions in BUSY_ON_CALL or BUSY_WRAPUP, and in READY. */
  int busy;

  int ready;
  AgentState state = AgentState.NOT_READY;
  long loggedInSince = -1;

  // counters of the current measurement period
  long acdCalls;
  long talkNanos;
  long wrapupNanos;
  long loggedInNanos;

  SimAgent(Switch owner, AgentId id, int ordinal, List<SimGroup> groups, boolean autoReady) {
    this.owner = owner;
    this.id = id;
    this.ordinal = ordinal;
    this.groups = List.copyOf(groups);
    this.autoReady = autoReady;
  }

  void resetCounters(long now) {
    acdCalls = 0;
    talkNanos = 0;
    wrapupNanos = 0;
    loggedInNanos = 0;
    if (loggedInSince >= 0) {
      loggedInSince = Math.max(loggedInSince, now);
    }
    for (SimSession session : sessions) {
      session.resetCounters(now);
    }
  }

  SimSession liveSessionIn(SimGroup group) {
    for (SimSession session : live) {
      if (session.group == group) {
        return session;
      }
    }
    return null;
  }

  @Override
  public AgentId id() {
    return id;
  }

  @Override
  public String user() {
    return id.value();
  }

  @Override
  public List<AgentSession> sessions() {
    return owner.read(() -> List.copyOf(sessions));
  }

  @Override
  public AgentSession createSession(AcdGroup group) {
    return owner.exec(() -> owner.sessions.createSession(this, owner.ownGroup(group)));
  }

  @Override
  public AgentState state() {
    return owner.read(() -> state);
  }

  @Override
  public void setState(AgentState state) {
    owner.exec(
        () -> {
          owner.sessions.setAgentState(this, state);
          return null;
        });
  }

  @Override
  public Duration measurementPeriod() {
    return owner.read(() -> Duration.ofNanos(period.length()));
  }

  @Override
  public void setMeasurementPeriod(Duration period) {
    owner.exec(
        () -> {
          owner.sessions.setMeasurementPeriod(this, period);
          return null;
        });
  }

  @Override
  public AgentStatistics statistics() {
    return owner.read(
        () -> {
          long now = owner.now();
          owner.sessions.rollPeriod(this, now);
          long loggedIn = loggedInNanos + (loggedInSince >= 0 ? now - loggedInSince : 0);
          return new AgentStatistics(
              Duration.ofNanos(period.length()),
              SimSession.perHour(acdCalls, loggedIn),
              acdCalls,
              0,
              0,
              Duration.ofNanos(talkNanos),
              Duration.ofNanos(talkNanos + wrapupNanos),
              Duration.ofNanos(wrapupNanos));
        });
  }

  @Override
  public String toString() {
    return "agent " + id;
  }
}

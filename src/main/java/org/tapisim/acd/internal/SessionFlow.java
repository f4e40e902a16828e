package org.tapisim.acd.internal;

import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;
import static org.tapisim.model.AgentSessionState.SESSION_ENDED;

import java.time.Duration;
import java.util.List;
import org.tapisim.acd.Wrapup;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.LineError;
import org.tapisim.model.TapiException;

/**
 * Agent sessions' life: creation, the one place state changes go through ({@link #transition}),
 * agent commands, wrap-up, and keeping each agent's state and eligibility in step with its
 * sessions. Every request is checked in full before anything changes.
 */
final class SessionFlow {
  private final Switch owner;

  /** While set, transitions leave the agent's state and eligibility to be settled afterwards. */
  private boolean batch;

  SessionFlow(Switch owner) {
    this.owner = owner;
  }

  SimSession createSession(SimAgent agent, SimGroup group) {
    if (!agent.groups.isEmpty() && !agent.groups.contains(group)) {
      throw new TapiException(
          LineError.INVALAGENTGROUP,
          "agent "
              + agent.id
              + " does not belong to group "
              + group.id()
              + " (its groups: "
              + agent.groups.stream().map(g -> g.id().value()).toList()
              + ")");
    }
    if (agent.liveSessionIn(group) != null) {
      throw new TapiException(
          LineError.INVALAGENTGROUP,
          "agent " + agent.id + " already has a session in group " + group.id());
    }
    long now = owner.now();
    rollPeriod(agent, now);
    SimSession session = new SimSession(owner, agent, group, now);
    agent.sessions.add(session);
    agent.live.add(session);
    if (agent.loggedInSince < 0) {
      agent.loggedInSince = now;
    }
    owner.register(session);
    owner.emitter.sessionChanged(now, session, null, NOT_READY, null);
    return session;
  }

  void login(SimAgent agent) {
    if (!agent.live.isEmpty()) {
      throw new TapiException(
          LineError.INVALAGENTSTATE, "agent " + agent.id + " is already logged in");
    }
    if (agent.groups.isEmpty()) {
      throw new TapiException(
          LineError.INVALAGENTGROUP, "agent " + agent.id + " belongs to no group to log in to");
    }
    for (SimGroup group : agent.groups) {
      createSession(agent, group);
    }
  }

  /** Ends every live session; the agent's state is settled once, after the last one. */
  void logout(SimAgent agent) {
    requireLoggedIn(agent);
    batch = true;
    try {
      for (SimSession session : List.copyOf(agent.live)) {
        apply(session, SESSION_ENDED, null);
      }
    } finally {
      batch = false;
    }
    syncAgent(agent, owner.now());
  }

  /**
   * The agent asks for READY: NOT_READY sessions become READY now; busy ones take READY as their
   * next state, except that READY ends at once a wrap-up that has no timer (a manual one, or an
   * explicit one in a group without wrap-up).
   */
  void ready(SimAgent agent) {
    request(agent, READY);
  }

  /** The agent asks for NOT_READY, the mirror of {@link #ready}. */
  void notReady(SimAgent agent) {
    request(agent, NOT_READY);
  }

  void setAgentState(SimAgent agent, AgentState state) {
    switch (state) {
      case READY -> ready(agent);
      case NOT_READY -> notReady(agent);
      default ->
          throw new TapiException(
              LineError.INVALAGENTSTATE,
              "agent " + agent.id + " cannot be set to " + state + "; only READY or NOT_READY");
    }
  }

  private void request(SimAgent agent, AgentSessionState wanted) {
    requireLoggedIn(agent);
    for (SimSession session : List.copyOf(agent.live)) {
      AgentSessionState state = session.state;
      if (state == BUSY_ON_CALL
          || (state == BUSY_WRAPUP && session.group.wrapup instanceof Wrapup.Timed)) {
        session.next = wanted;
      } else if (state != wanted) {
        apply(session, wanted, null);
      }
    }
    offerWork(agent);
  }

  /** A {@code put_State}: applied now or refused whole; leaving BUSY_ON_CALL releases the call. */
  void setState(SimSession session, AgentSessionState to, AgentSessionState next) {
    AgentSessionState from = session.state;
    if (!from.canMoveTo(to)) {
      throw TapiException.invalidSessionState(session.id, from, to);
    }
    if (next != null && !next.canFollow(to)) {
      throw TapiException.invalidNextState(session.id, to, next);
    }
    apply(session, to, next);
    offerWork(session.agent);
  }

  private void apply(SimSession session, AgentSessionState to, AgentSessionState next) {
    SimCall call = session.call;
    if (call != null) {
      owner.calls.release(call);
    }
    transition(session, to, call);
    session.next = next;
    if (to == BUSY_WRAPUP) {
      startWrapup(session);
    } else if (to == SESSION_ENDED) {
      close(session);
    }
  }

  /** The end of an ACD call's talk: wrap-up if the group has one, else the next state. */
  void afterCall(SimSession session, SimCall call) {
    if (session.group.wrapup instanceof Wrapup.None) {
      AgentSessionState next = takeNext(session);
      transition(session, next, call);
      if (next == SESSION_ENDED) {
        close(session);
      }
    } else {
      transition(session, BUSY_WRAPUP, call);
      startWrapup(session);
    }
  }

  /** The wrap-up timer ran out; the clock drops the timer of a wrap-up a state change ended. */
  void wrapupEnded(SimSession session) {
    AgentSessionState next = takeNext(session);
    transition(session, next, null);
    if (next == SESSION_ENDED) {
      close(session);
    }
    offerWork(session.agent);
  }

  /**
   * Moves a session to {@code to} if the table allows it, keeping the books: time per state,
   * wrap-up time, the agent's state and every session's eligibility.
   */
  void transition(SimSession session, AgentSessionState to, SimCall call) {
    AgentSessionState from = session.state;
    if (!from.canMoveTo(to)) {
      throw TapiException.invalidSessionState(session.id, from, to);
    }
    SimAgent agent = session.agent;
    long now = owner.now();
    rollPeriod(agent, now);
    session.accrue(now);
    if (from == BUSY_WRAPUP) {
      session.wrapupSerial++;
      long wrapup = now - session.wrapupStart;
      session.wrapupNanos += wrapup;
      session.wrapups++;
      agent.wrapupNanos += wrapup;
    }
    session.state = to;
    count(agent, from, -1);
    count(agent, to, 1);
    owner.emitter.sessionChanged(now, session, from, to, call);
    if (!batch) {
      syncAgent(agent, now);
    }
  }

  private static void count(SimAgent agent, AgentSessionState state, int delta) {
    if (state == BUSY_ON_CALL || state == BUSY_WRAPUP) {
      agent.busy += delta;
    } else if (state == READY) {
      agent.ready += delta;
    }
  }

  /** Derives the agent's state from its sessions and updates the routers. */
  private void syncAgent(SimAgent agent, long now) {
    AgentState state =
        agent.busy > 0
            ? AgentState.BUSY_ACD
            : agent.ready > 0 ? AgentState.READY : AgentState.NOT_READY;
    if (state != agent.state) {
      AgentState old = agent.state;
      agent.state = state;
      owner.emitter.agentChanged(now, agent, old, state);
    }
    boolean free = agent.busy == 0;
    List<SimSession> live = agent.live;
    for (int i = 0, n = live.size(); i < n; i++) {
      SimSession session = live.get(i);
      boolean eligible = free && session.state == READY;
      if (eligible != session.eligible) {
        session.eligible = eligible;
        if (eligible) {
          session.group.router.add(session);
        } else {
          session.group.router.remove(session);
        }
      }
    }
  }

  /** Gives a free agent the longest-waiting call among the queues of its READY sessions. */
  void offerWork(SimAgent agent) {
    if (agent.busy > 0 || agent.ready == 0) {
      return;
    }
    SimCall oldest = null;
    SimSession taker = null;
    List<SimSession> live = agent.live;
    for (int i = 0, n = live.size(); i < n; i++) {
      SimSession session = live.get(i);
      SimCall head = session.group.queue.head;
      if (session.state == READY
          && head != null
          && (oldest == null || head.arrival < oldest.arrival)) {
        oldest = head;
        taker = session;
      }
    }
    if (oldest != null) {
      taker.group.queue.remove(oldest);
      owner.calls.deliver(oldest, taker);
    }
  }

  private void startWrapup(SimSession session) {
    long now = owner.now();
    session.wrapupStart = now;
    long serial = ++session.wrapupSerial;
    if (session.group.wrapup instanceof Wrapup.Timed timed) {
      long length = timed.duration().sampleCappedNanos(session.group.wrapupRandom);
      owner.clock.schedule(now + length, Switch.WRAPUP_END, session, serial);
    }
    // manual wrap-up (or an explicit one in a group without wrap-up) waits for the agent
  }

  private AgentSessionState takeNext(SimSession session) {
    AgentSessionState next = session.next;
    session.next = null;
    if (next != null) {
      return next;
    }
    return session.agent.autoReady ? READY : NOT_READY;
  }

  private void close(SimSession session) {
    long now = owner.now();
    SimAgent agent = session.agent;
    session.endedAt = now;
    session.next = null;
    if (session.eligible) {
      session.eligible = false;
      session.group.router.remove(session);
    }
    agent.live.remove(session);
    if (agent.live.isEmpty() && agent.loggedInSince >= 0) {
      agent.loggedInNanos += now - agent.loggedInSince;
      agent.loggedInSince = -1;
    }
  }

  void setMeasurementPeriod(SimAgent agent, Duration length) {
    if (!Switch.isMeasurementPeriod(length)) {
      throw new TapiException(
          LineError.INVALPARAM,
          "agent "
              + agent.id
              + ": a measurement period must be from 1 ns to "
              + Switch.MAX_MEASUREMENT_PERIOD.toSeconds()
              + " s, not "
              + length);
    }
    long now = owner.now();
    agent.period.restart(now, length.toNanos());
    agent.resetCounters(now);
  }

  /** Starts the agent's next measurement period if the current one is over. */
  void rollPeriod(SimAgent agent, long now) {
    if (agent.period.roll(now)) {
      agent.resetCounters(agent.period.start());
    }
  }

  private static void requireLoggedIn(SimAgent agent) {
    if (agent.live.isEmpty()) {
      throw new TapiException(LineError.INVALAGENTSTATE, "agent " + agent.id + " is not logged in");
    }
  }
}

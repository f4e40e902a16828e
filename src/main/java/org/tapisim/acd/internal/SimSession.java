package org.tapisim.acd.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.SessionId;
import org.tapisim.model.SessionKpis;

/**
 * An agent session in the switch. Its state changes only through {@link SessionFlow}, which
 * enforces the transition table. Public methods are safe from any thread.
 */
final class SimSession implements AgentSession {
  final Switch owner;
  final SimAgent agent;
  final SimGroup group;
  final SessionId id;
  final long start;

  AgentSessionState state = AgentSessionState.NOT_READY;
  AgentSessionState next;
  long stateSince;
  long endedAt = -1;

  /** The ACD call in progress while BUSY_ON_CALL, if any. */
  SimCall call;

  /** Bumped to cancel the pending wrap-up timer. */
  long wrapupSerial;

  long wrapupStart;

  /** Whether it is eligible for calls, and its place in the group's router. */
  boolean eligible;

  SimSession idlePrev;
  SimSession idleNext;
  int routerIndex = -1;

  /** Calls delivered over the session's whole life (for fewest-calls routing). */
  long lifetimeCalls;

  // counters of the agent's current measurement period
  long calls;
  long completedCalls;
  long talkNanos;
  long wrapups;
  long wrapupNanos;
  long answerWaitNanos;
  long longestAnswerWait;
  long notReadyNanos;
  long readyNanos;
  long onCallNanos;
  long wrapupStateNanos;

  SimSession(Switch owner, SimAgent agent, SimGroup group, long start) {
    this.owner = owner;
    this.agent = agent;
    this.group = group;
    this.id = new SessionId(agent.id(), group.id());
    this.start = start;
    this.stateSince = start;
  }

  boolean isLive() {
    return state != AgentSessionState.SESSION_ENDED;
  }

  /** Clears the period counters; the partial time in the current state restarts at {@code now}. */
  void resetCounters(long now) {
    calls = 0;
    completedCalls = 0;
    talkNanos = 0;
    wrapups = 0;
    wrapupNanos = 0;
    answerWaitNanos = 0;
    longestAnswerWait = 0;
    notReadyNanos = 0;
    readyNanos = 0;
    onCallNanos = 0;
    wrapupStateNanos = 0;
    if (isLive()) {
      stateSince = Math.max(stateSince, now);
    }
  }

  /** Adds the time spent in the current state up to {@code now}. */
  void accrue(long now) {
    long spent = now - stateSince;
    switch (state) {
      case NOT_READY -> notReadyNanos += spent;
      case READY -> readyNanos += spent;
      case BUSY_ON_CALL -> onCallNanos += spent;
      case BUSY_WRAPUP -> wrapupStateNanos += spent;
      case SESSION_ENDED -> {
        return;
      }
    }
    stateSince = now;
  }

  @Override
  public SessionId id() {
    return id;
  }

  @Override
  public Agent agent() {
    return agent;
  }

  @Override
  public AcdGroup group() {
    return group;
  }

  @Override
  public AgentSessionState state() {
    return owner.read(() -> state);
  }

  @Override
  public Optional<AgentSessionState> nextState() {
    return owner.read(() -> Optional.ofNullable(next));
  }

  @Override
  public void setState(AgentSessionState state) {
    setState(state, null);
  }

  @Override
  public void setState(AgentSessionState state, AgentSessionState next) {
    owner.exec(
        () -> {
          owner.sessions.setState(this, state, next);
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> setStateAsync(AgentSessionState state, AgentSessionState next) {
    return owner.execAsync(
        () -> {
          owner.sessions.setState(this, state, next);
          return null;
        });
  }

  @Override
  public Instant startTime() {
    return owner.instant(start);
  }

  @Override
  public AgentSessionStatistics statistics() {
    return owner.read(
        () -> {
          long now = owner.now();
          owner.sessions.rollPeriod(agent, now);
          long active = (endedAt >= 0 ? endedAt : now) - start;
          long inPeriod = (endedAt >= 0 ? endedAt : now) - Math.max(start, agent.period.start());
          long callTime = talkNanos + wrapupNanos;
          return new AgentSessionStatistics(
              owner.instant(start),
              Duration.ofNanos(active),
              calls,
              Duration.ofNanos(talkNanos),
              average(talkNanos, completedCalls),
              Duration.ofNanos(callTime),
              average(callTime, completedCalls),
              Duration.ofNanos(wrapupNanos),
              average(wrapupNanos, wrapups),
              perHour(calls, inPeriod),
              Duration.ofNanos(longestAnswerWait),
              average(answerWaitNanos, calls));
        });
  }

  @Override
  public SessionKpis kpis() {
    return owner.read(
        () -> {
          long now = owner.now();
          owner.sessions.rollPeriod(agent, now);
          long partial = isLive() ? now - stateSince : 0;
          return new SessionKpis(
              Duration.ofNanos(
                  notReadyNanos + (state == AgentSessionState.NOT_READY ? partial : 0)),
              Duration.ofNanos(readyNanos + (state == AgentSessionState.READY ? partial : 0)),
              Duration.ofNanos(
                  onCallNanos + (state == AgentSessionState.BUSY_ON_CALL ? partial : 0)),
              Duration.ofNanos(
                  wrapupStateNanos + (state == AgentSessionState.BUSY_WRAPUP ? partial : 0)));
        });
  }

  static Duration average(long totalNanos, long count) {
    return count == 0 ? Duration.ZERO : Duration.ofNanos(totalNanos / count);
  }

  static double perHour(long count, long nanos) {
    return nanos <= 0 ? 0.0 : count * 3_600e9 / nanos;
  }

  @Override
  public String toString() {
    return "session " + id;
  }
}

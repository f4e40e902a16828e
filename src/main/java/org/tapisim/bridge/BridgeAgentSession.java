package org.tapisim.bridge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.tapisim.bridge.jna.LINEAGENTSESSIONINFO;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentSessionStatistics;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiException;

/**
 * An agent session over TAPI 2.2 ({@code HAGENTSESSION}); every getter asks TAPI. A next state the
 * table does not allow after the requested one is refused here; whether the session may move from
 * its current state is for the switch behind TAPI to say, as only it knows that state for sure, and
 * its refusal is reported as {@code INVALAGENTSESSIONSTATE}. Thread-safe.
 */
final class BridgeAgentSession implements AgentSession {
  private final BridgeAgent agent;
  private final BridgeGroup group;
  private final TapiLine line;
  private final int handle;
  private final SessionId id;
  private volatile AgentSessionState reported;

  BridgeAgentSession(BridgeAgent agent, BridgeGroup group, int handle) {
    this.agent = agent;
    this.group = group;
    this.line = group.line();
    this.handle = handle;
    this.id = new SessionId(agent.id(), group.id());
  }

  int handle() {
    return handle;
  }

  /** Returns the state last reported by TAPI, or {@code null} before the first. */
  AgentSessionState reported() {
    return reported;
  }

  void report(AgentSessionState state) {
    reported = state;
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
    return StateMapper.sessionState(info().dwAgentSessionState);
  }

  @Override
  public Optional<AgentSessionState> nextState() {
    int next = info().dwNextAgentSessionState;
    return next == 0 ? Optional.empty() : Optional.of(StateMapper.sessionState(next));
  }

  @Override
  public void setState(AgentSessionState state) {
    apply(state, null);
  }

  @Override
  public void setState(AgentSessionState state, AgentSessionState next) {
    apply(state, Objects.requireNonNull(next, "next"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Over TAPI the future completes on a pool thread, never on the message pump, and fails with
   * OPERATIONFAILED when no reply comes within the call center's reply timeout.
   */
  @Override
  public CompletableFuture<Void> setStateAsync(AgentSessionState state, AgentSessionState next) {
    Objects.requireNonNull(state, "state");
    String what = what(state, next);
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture<Void> reply;
    try {
      checkNext(state, next);
      reply = line.submit(what, request(state, next), null, null);
    } catch (TapiException e) {
      return CompletableFuture.failedFuture(e);
    }
    reply
        .orTimeout(line.requests.timeout().toNanos(), TimeUnit.NANOSECONDS)
        .whenCompleteAsync(
            (ok, failure) -> {
              if (failure == null) {
                done.complete(null);
              } else {
                TapiException e = line.requests.asTapiException(unwrap(failure), what);
                done.completeExceptionally(refused(e, reported, state, next));
              }
            });
    return done;
  }

  private void apply(AgentSessionState state, AgentSessionState next) {
    Objects.requireNonNull(state, "state");
    checkNext(state, next);
    try {
      line.call(what(state, next), request(state, next), null, null);
    } catch (TapiException e) {
      if (!isStateRefusal(e)) {
        throw e;
      }
      throw refused(e, currentOr(reported), state, next);
    }
  }

  /**
   * Refuses, before TAPI is asked, a next state the table does not allow after the state asked for;
   * that needs no knowledge of the session's current state, which only the switch has.
   */
  private void checkNext(AgentSessionState state, AgentSessionState next) {
    if (next != null && !next.canFollow(state)) {
      throw TapiException.invalidNextState(id, state, next);
    }
  }

  private IntSupplier request(AgentSessionState state, AgentSessionState next) {
    int nextBit = next == null ? 0 : next.lineBit();
    return () -> line.tapi.lineSetAgentSessionState(line.line, handle, state.lineBit(), nextBit);
  }

  private String what(AgentSessionState state, AgentSessionState next) {
    return "session " + id + ": set state " + state + (next == null ? "" : " then " + next);
  }

  /**
   * Returns a refusal as the model states it: INVALAGENTSESSIONSTATE naming the current and the
   * requested state (TAPI's documented INVALAGENTSTATE is read the same way).
   */
  private TapiException refused(
      TapiException e, AgentSessionState current, AgentSessionState state, AgentSessionState next) {
    if (!isStateRefusal(e) || current == null) {
      return e;
    }
    boolean moveAllowed = current.canMoveTo(state);
    return moveAllowed && next != null
        ? TapiException.invalidSessionState(id, state, next)
        : TapiException.invalidSessionState(id, current, state);
  }

  private static boolean isStateRefusal(TapiException e) {
    return e.error() == LineError.INVALAGENTSESSIONSTATE || e.error() == LineError.INVALAGENTSTATE;
  }

  private AgentSessionState currentOr(AgentSessionState fallback) {
    try {
      return state();
    } catch (TapiException e) {
      return fallback;
    }
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  @Override
  public Instant startTime() {
    return TapiValues.instantOf(info().dateSessionStartTime);
  }

  @Override
  public AgentSessionStatistics statistics() {
    return SessionStatisticsMapper.map(info());
  }

  LINEAGENTSESSIONINFO info() {
    LINEAGENTSESSIONINFO info = new LINEAGENTSESSIONINFO();
    line.call(
        "session " + id + ": read info",
        () -> line.tapi.lineGetAgentSessionInfo(line.line, handle, info),
        null,
        info);
    info.read();
    return info;
  }

  @Override
  public String toString() {
    return "session " + id;
  }
}

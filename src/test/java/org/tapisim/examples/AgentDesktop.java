package org.tapisim.examples;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallCenter;
import org.tapisim.model.CallId;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.SessionId;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;

/**
 * A small agent desktop, written as a CTI developer would write one, against the call-center
 * interfaces only (so it runs on the simulator and over real TAPI alike): it counts its agent's
 * calls, sets a wrap-up reason on each, and sends the agent on a break (NOT_READY, taken as the
 * next state while on a call) after a number of calls.
 *
 * <p>It handles events on its own executor, as a desktop would on its UI thread: in production a
 * single thread; in a virtual-time test {@code Runnable::run}, so that it reacts on the thread that
 * drives the simulator. Thread-safe.
 */
public final class AgentDesktop implements AutoCloseable {

  /** What the desktop shows its agent; a test can pass a Mockito mock. */
  public interface View {
    /** A call was put through to the agent; {@code callsSoFar} counts it. */
    void callStarted(CallId call, int callsSoFar);

    /** The agent's wrap-up of a call began, with the reason the desktop set. */
    void wrapupStarted(CallId call, String reason);

    /** The desktop asked for a break after {@code calls} calls. */
    void breakRequested(int calls);
  }

  private final SessionId session;
  private final Agent agent;
  private final int callsBeforeBreak;
  private final String wrapupReason;
  private final View view;
  private final Executor ui;
  private final Subscription subscription;
  private final AtomicInteger calls = new AtomicInteger();
  private final Map<CallId, String> reasons = new ConcurrentHashMap<>();
  private volatile boolean breakRequested;

  /**
   * Opens the desktop for one agent session and starts listening.
   *
   * @param callCenter the call center to work with
   * @param session the agent's session, {@code agent/group}
   * @param callsBeforeBreak how many calls the agent takes before a break
   * @param wrapupReason the reason set on every wrap-up
   * @param view where the desktop shows what happens
   * @param ui the executor the desktop handles events on
   */
  public AgentDesktop(
      CallCenter callCenter,
      SessionId session,
      int callsBeforeBreak,
      String wrapupReason,
      View view,
      Executor ui) {
    this.session = Objects.requireNonNull(session, "session");
    this.agent = findAgent(callCenter, session);
    this.callsBeforeBreak = callsBeforeBreak;
    this.wrapupReason = Objects.requireNonNull(wrapupReason, "wrapupReason");
    this.view = Objects.requireNonNull(view, "view");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.subscription = callCenter.subscribe(this::onEvent);
  }

  /** Returns how many calls the desktop has seen its agent take. */
  public int callsHandled() {
    return calls.get();
  }

  /** Returns the wrap-up reason the desktop set on a call, if it did. */
  public Optional<String> wrapupReason(CallId call) {
    return Optional.ofNullable(reasons.get(call));
  }

  /** Tells whether the desktop has asked for the agent's break. */
  public boolean isBreakRequested() {
    return breakRequested;
  }

  /** Stops listening. */
  @Override
  public void close() {
    subscription.close();
  }

  private void onEvent(TapiEvent event) {
    if (event instanceof SessionChanged change && change.session().equals(session)) {
      ui.execute(() -> handle(change));
    }
  }

  private void handle(SessionChanged change) {
    switch (change.event()) {
      case BUSY -> {
        int count = calls.incrementAndGet();
        view.callStarted(change.call(), count);
        if (count == callsBeforeBreak) {
          agent.setState(AgentState.NOT_READY); // on a call: becomes the next state
          breakRequested = true;
          view.breakRequested(count);
        }
      }
      case WRAPUP -> {
        reasons.put(change.call(), wrapupReason);
        view.wrapupStarted(change.call(), wrapupReason);
      }
      default -> {
        // the desktop has nothing to do for the other events
      }
    }
  }

  private static Agent findAgent(CallCenter callCenter, SessionId session) {
    return callCenter.agentHandlers().stream()
        .flatMap(handler -> handler.agents().stream())
        .filter(agent -> agent.id().equals(session.agent()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agent " + session.agent()));
  }
}

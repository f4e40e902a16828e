package org.tapisim.examples;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tapisim.model.AcdGroup;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.CallCenter;
import org.tapisim.model.CallQueued;
import org.tapisim.model.GroupId;
import org.tapisim.model.Subscription;
import org.tapisim.model.TapiEvent;

/**
 * A supervisor rule, written as a CTI developer would write one: when more than a number of calls
 * wait in a group's queue, log a standby agent in to that group and make it READY, once, and tell
 * the supervisor. It works against the call-center interfaces only.
 *
 * <p>It reacts on its own executor: in production a thread of its own; in a virtual-time test
 * {@code Runnable::run}. Thread-safe.
 */
public final class StandbyRule implements AutoCloseable {

  /** What the rule tells the supervisor; a test can pass a Mockito mock. */
  public interface Alerts {
    /** The standby agent was logged in because {@code waiting} calls waited. */
    void standbyCalledIn(AgentId standby, GroupId group, long waiting);
  }

  private final CallCenter callCenter;
  private final GroupId group;
  private final int maxWaiting;
  private final AgentId standby;
  private final Alerts alerts;
  private final Executor executor;
  private final Subscription subscription;
  private final AtomicBoolean calledIn = new AtomicBoolean();

  /**
   * Starts watching a group's queue.
   *
   * @param callCenter the call center to watch
   * @param group the group whose queue is watched
   * @param maxWaiting how many waiting calls are fine; one more calls the standby in
   * @param standby the agent to log in
   * @param alerts told when the standby was called in
   * @param executor the executor the rule reacts on
   */
  public StandbyRule(
      CallCenter callCenter,
      String group,
      int maxWaiting,
      String standby,
      Alerts alerts,
      Executor executor) {
    this.callCenter = Objects.requireNonNull(callCenter, "callCenter");
    this.group = GroupId.of(group);
    this.maxWaiting = maxWaiting;
    this.standby = AgentId.of(standby);
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.subscription = callCenter.subscribe(this::onEvent);
  }

  /** Tells whether the rule has logged the standby agent in. */
  public boolean hasCalledIn() {
    return calledIn.get();
  }

  /** Stops watching. */
  @Override
  public void close() {
    subscription.close();
  }

  private void onEvent(TapiEvent event) {
    if (event instanceof CallQueued queued
        && queued.group().equals(group)
        && queued.position() > maxWaiting
        && !calledIn.get()) {
      executor.execute(() -> callIn(queued.position()));
    }
  }

  private void callIn(long waiting) {
    if (!calledIn.compareAndSet(false, true)) {
      return;
    }
    var handler = callCenter.agentHandlers().get(0);
    Agent agent =
        handler.agents().stream()
            .filter(a -> a.id().equals(standby))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no standby agent " + standby));
    AcdGroup acdGroup =
        handler.groups().stream()
            .filter(g -> g.id().equals(group))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no group " + group));
    AgentSession session = agent.createSession(acdGroup);
    session.setState(AgentSessionState.READY);
    alerts.standbyCalledIn(standby, group, waiting);
  }
}

package org.tapisim.harness;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.QueueKpis;
import org.tapisim.model.SessionId;
import org.tapisim.model.TapiEvent;

/**
 * Awaitility glue for real time: condition factories bounded in sim time, and {@link Callable}s
 * over sessions, agents, queues and recorded events, for waiting until asynchronous code (its own
 * threads) and the real-time simulator have done something.
 *
 * <pre>{@code
 * import static java.util.function.Predicate.isEqual;
 * import static org.tapisim.harness.TapiSimAwait.*;
 *
 * awaitSimTime(sim, Duration.ofMinutes(2))
 *     .until(sessionState(sim, "alice/sales"), isEqual(AgentSessionState.NOT_READY));
 * await().atMost(Duration.ofSeconds(5)).until(callsWaiting(sim, "sales"), n -> n >= 3);
 * await().atMost(Duration.ofSeconds(5)).until(saw(events, e -> e instanceof CallAbandoned));
 * awaitSimTime(sim, Duration.ofMinutes(1))
 *     .untilAsserted(() -> assertThat(sim.queue("sales")).hasCallsWaiting(0));
 * }</pre>
 *
 * <p>The callables read through the simulator's getters, which in real time hand the read to the
 * simulator's loop thread, so they are safe from Awaitility's polling thread. In virtual time
 * nothing happens unless the test advances the clock: use {@link AcdSimulator#advanceUntil} there.
 * Nothing here changes Awaitility's static defaults. Stateless and thread-safe.
 */
public final class TapiSimAwait {
  /** The wall-clock time {@link #awaitSimTime} adds to its bound for thread scheduling. */
  public static final Duration SLACK = Duration.ofSeconds(2);

  /** How often the conditions of {@link #awaitSimTime} are polled. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(10);

  private TapiSimAwait() {}

  /**
   * Returns an Awaitility condition factory that waits at most {@code simTime} of the real-time
   * simulator's clock (that much sim time over its speed in wall-clock time, plus {@link #SLACK}),
   * polling every {@link #POLL_INTERVAL} from the start; chain {@code until…} to it, or override
   * any setting, as with {@code Awaitility.await()}.
   *
   * @throws IllegalStateException in virtual time, where sim time passes only when the test
   *     advances it
   */
  public static ConditionFactory awaitSimTime(AcdSimulator sim, Duration simTime) {
    Duration wall = wallTime(sim, simTime);
    return Awaitility.await(
            "tapisim: up to "
                + EventText.duration(simTime)
                + " of sim time at "
                + sim.speed()
                + "x real time")
        .atMost(wall.plus(SLACK))
        .pollDelay(Duration.ZERO)
        .pollInterval(POLL_INTERVAL);
  }

  /**
   * Returns how long {@code simTime} takes on the wall clock for a real-time simulator: {@code
   * simTime / speed}.
   *
   * @throws IllegalStateException in virtual time
   */
  public static Duration wallTime(AcdSimulator sim, Duration simTime) {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(simTime, "simTime");
    if (!sim.isRealTime()) {
      throw new IllegalStateException(
          "tapisim: the simulator runs in virtual time, where sim time passes only when the test"
              + " advances it; use sim.advanceUntil(condition, limit) instead of waiting");
    }
    return Duration.ofNanos((long) (simTime.toNanos() / sim.speed()));
  }

  // ------------------------------------------------------------------ the simulator

  /** Returns the sim time elapsed since sim time zero. */
  public static Callable<Duration> simTimeElapsed(AcdSimulator sim) {
    Objects.requireNonNull(sim, "sim");
    return () -> Duration.between(sim.startTime(), sim.now());
  }

  /**
   * Returns the state of a session ({@code agent/group}); {@code null} while the agent has no
   * session in that group yet.
   */
  public static Callable<AgentSessionState> sessionState(AcdSimulator sim, String session) {
    SessionId id = SessionId.parse(session);
    return () -> find(sim, id).map(AgentSession::state).orElse(null);
  }

  /**
   * Returns the next state of a session ({@code agent/group}); {@code null} while it has none or
   * does not exist yet.
   */
  public static Callable<AgentSessionState> nextState(AcdSimulator sim, String session) {
    SessionId id = SessionId.parse(session);
    return () -> find(sim, id).flatMap(AgentSession::nextState).orElse(null);
  }

  /**
   * Returns how many ACD calls were delivered to a session ({@code agent/group}); 0 while it does
   * not exist yet.
   */
  public static Callable<Long> handledCalls(AcdSimulator sim, String session) {
    SessionId id = SessionId.parse(session);
    return () -> find(sim, id).map(s -> s.statistics().numberOfCalls()).orElse(0L);
  }

  /** Returns the overall state of an agent. */
  public static Callable<AgentState> agentState(AcdSimulator sim, String agent) {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(agent, "agent");
    return () -> sim.agent(agent).state();
  }

  /** Returns how many calls wait in a queue now. */
  public static Callable<Long> callsWaiting(AcdSimulator sim, String queue) {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(queue, "queue");
    return () -> sim.queue(queue).statistics().currentCallsQueued();
  }

  /** Returns a snapshot of a queue's KPIs: offered, answered, abandoned, service level, ASA. */
  public static Callable<QueueKpis> queueKpis(AcdSimulator sim, String queue) {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(queue, "queue");
    return () -> sim.queue(queue).kpis();
  }

  // ------------------------------------------------------------------ recorded events

  /** Returns whether any recorded event matches {@code condition}. */
  public static Callable<Boolean> saw(
      RecordedEvents events, Predicate<? super TapiEvent> condition) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(condition, "condition");
    return () -> events.all().stream().anyMatch(condition);
  }

  /** Returns whether a session ({@code agent/group}) has reported {@code event}. */
  public static Callable<Boolean> sawSessionEvent(
      RecordedEvents events, String session, AgentSessionEvent event) {
    Objects.requireNonNull(events, "events");
    SessionId id = SessionId.parse(session);
    Objects.requireNonNull(event, "event");
    return () -> events.forSession(id).stream().anyMatch(e -> e.event() == event);
  }

  /** Returns how many events of a kind were recorded, e.g. {@code CallDelivered.class}. */
  public static Callable<Integer> eventCount(
      RecordedEvents events, Class<? extends TapiEvent> kind) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(kind, "kind");
    return () -> events.ofKind(kind).size();
  }

  private static Optional<AgentSession> find(AcdSimulator sim, SessionId id) {
    return sim.sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}

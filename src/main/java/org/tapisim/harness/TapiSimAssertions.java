package org.tapisim.harness;

import org.tapisim.model.Agent;
import org.tapisim.model.AgentSession;
import org.tapisim.model.Queue;

/**
 * The entry point of tapisim's AssertJ assertions: {@code assertThat} for agent sessions, agents,
 * queues, recorded events and script runs.
 *
 * <pre>{@code
 * import static org.tapisim.harness.TapiSimAssertions.assertThat;
 *
 * assertThat(sim.session("alice/sales")).isInState(AgentSessionState.NOT_READY).hasHandledCalls(3);
 * assertThat(sim.queue("sales")).hasServiceLevelAtLeast(0.8).hasAbandoned(0);
 * assertThat(events).containsSessionEventsInOrder("alice/sales", BUSY, WRAPUP, NOT_READY);
 * }</pre>
 *
 * <p>It can be statically imported next to AssertJ's {@code Assertions.assertThat}: Java picks
 * these overloads for tapisim's types. Stateless and thread-safe.
 */
public final class TapiSimAssertions {
  private TapiSimAssertions() {}

  /** Returns assertions about an agent session: state, next state, calls, times, occupancy. */
  public static AgentSessionAssert assertThat(AgentSession actual) {
    return new AgentSessionAssert(actual);
  }

  /** Returns assertions about an agent: overall state, logged in or out, ACD calls. */
  public static AgentAssert assertThat(Agent actual) {
    return new AgentAssert(actual);
  }

  /** Returns assertions about a queue: calls waiting, counts, service level, ASA, abandonment. */
  public static QueueAssert assertThat(Queue actual) {
    return new QueueAssert(actual);
  }

  /** Returns assertions about recorded events: order per session, agent or call; never-seen. */
  public static RecordedEventsAssert assertThat(RecordedEvents actual) {
    return new RecordedEventsAssert(actual);
  }

  /** Returns assertions about a script run: whether its own expectations hold. */
  public static ScriptRunAssert assertThat(ScriptRun actual) {
    return new ScriptRunAssert(actual);
  }
}

package org.tapisim.harness;

import java.util.List;
import java.util.stream.Collectors;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;

/**
 * Assertions about an {@link Agent}: its overall state, whether it is logged in, its ACD calls. Get
 * one from {@link TapiSimAssertions#assertThat(Agent)}.
 *
 * <p>Each assertion reads the agent as it is now (in real time through the simulator's loop);
 * failure messages name the agent and put the expected and the actual value on their own lines. Not
 * thread-safe, like every AssertJ assertion object.
 */
public final class AgentAssert extends TapiSimAssert<AgentAssert, Agent> {

  AgentAssert(Agent actual) {
    super(actual, AgentAssert.class);
  }

  /** Verifies the agent's overall state ({@code AGENT_STATE}) now. */
  public AgentAssert isInState(AgentState expected) {
    isNotNull();
    AgentState state = actual.state();
    return expectEqual(
        state,
        expected,
        "to be in state",
        expected,
        "but it was in state",
        () -> state + " (sessions: " + sessions() + ")");
  }

  /** Verifies that the agent has at least one session that has not ended. */
  public AgentAssert isLoggedIn() {
    isNotNull();
    return expectThat(
        !liveSessions().isEmpty(),
        "to be logged in",
        "a session not SESSION_ENDED",
        "but its sessions were",
        () -> sessions());
  }

  /** Verifies that every session of the agent has ended (or it never had one). */
  public AgentAssert isLoggedOut() {
    isNotNull();
    List<AgentSession> live = liveSessions();
    return expectThat(
        live.isEmpty(),
        "to be logged out",
        "every session SESSION_ENDED",
        "but these sessions were live",
        () -> describe(live));
  }

  /**
   * Verifies how many ACD calls the agent handled over all its sessions ({@code
   * dwNumberOfACDCalls}).
   */
  public AgentAssert hasAcdCalls(long expected) {
    isNotNull();
    long calls = actual.statistics().numberOfAcdCalls();
    return expectEqual(
        calls,
        expected,
        "to have handled",
        expected + " ACD calls",
        "but it had handled",
        () -> calls + " ACD calls");
  }

  @Override
  String entity() {
    return "agent " + actual.id();
  }

  private List<AgentSession> liveSessions() {
    return actual.sessions().stream()
        .filter(s -> s.state() != AgentSessionState.SESSION_ENDED)
        .toList();
  }

  private String sessions() {
    return describe(actual.sessions());
  }

  private static String describe(List<AgentSession> sessions) {
    if (sessions.isEmpty()) {
      return "none";
    }
    return sessions.stream().map(s -> s.id() + " " + s.state()).collect(Collectors.joining(", "));
  }
}

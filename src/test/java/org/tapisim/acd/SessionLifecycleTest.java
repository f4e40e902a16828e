package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tapisim.acd.SimTesting.assertRefused;
import static org.tapisim.acd.SimTesting.runTo;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;
import static org.tapisim.model.AgentSessionState.SESSION_ENDED;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tapisim.model.Agent;
import org.tapisim.model.AgentId;
import org.tapisim.model.AgentSession;
import org.tapisim.model.AgentSessionEvent;
import org.tapisim.model.AgentSessionState;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallEnded;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionChanged;
import org.tapisim.model.TapiException;

/** A session's own state changes: creation, put_State with and without a next state. */
class SessionLifecycleTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(Wrapup wrapup) {
    return AcdSimulator.builder()
        .group(GroupConfig.of("sales").withWrapup(wrapup))
        .agent("alice", "sales")
        .listener(events)
        .build();
  }

  @Test
  void a_new_session_starts_not_ready_and_says_so() {
    AcdSimulator sim = sim(Wrapup.none());

    sim.login("alice");

    AgentSession session = sim.session("alice/sales");
    assertThat(session.state()).isEqualTo(NOT_READY);
    assertThat(session.nextState()).isEmpty();
    assertThat(session.startTime()).isEqualTo(sim.startTime());
    assertThat(session.agent().id().value()).isEqualTo("alice");
    assertThat(session.group().name()).isEqualTo("sales");
    SessionChanged created = events.last(SessionChanged.class);
    assertThat(created.event()).isEqualTo(AgentSessionEvent.NEW_SESSION);
    assertThat(created.from()).isNull();
    assertThat(created.to()).isEqualTo(NOT_READY);
    assertThat(created.call()).isNull();
    // the agent was NOT_READY logged out and still is: no agent event
    assertThat(events.lines()).containsExactly("alice/sales NEW->NOT_READY");
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void set_state_applies_now_and_reports_the_session_and_the_agent_change() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    int mark = events.mark();

    sim.session("alice/sales").setState(READY);

    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
    assertThat(events.linesSince(mark))
        .containsExactly("alice/sales NOT_READY->READY", "agent alice NOT_READY->READY");
  }

  /** A refused next state refuses the whole request: the current state does not change either. */
  @ParameterizedTest(name = "setState({0}, {1}) from NOT_READY")
  @CsvSource({
    "READY, BUSY_ON_CALL",
    "READY, BUSY_WRAPUP",
    "READY, READY",
    "SESSION_ENDED, READY",
    "SESSION_ENDED, NOT_READY",
  })
  void an_impossible_next_state_is_refused_and_changes_nothing(
      AgentSessionState to, AgentSessionState next) {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    AgentSession session = sim.session("alice/sales");
    int mark = events.mark();

    assertThatThrownBy(() -> session.setState(to, next))
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE))
        .hasMessageContaining("alice/sales");

    assertThat(session.state()).isEqualTo(NOT_READY);
    assertThat(session.nextState()).isEmpty();
    assertThat(events.mark()).isEqualTo(mark);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void a_next_state_set_with_the_state_is_taken_when_the_acd_work_ends() {
    AcdSimulator sim = sim(Wrapup.none()); // alice is auto-ready
    sim.login("alice");
    AgentSession session = sim.session("alice/sales");

    session.setState(READY, NOT_READY);
    assertThat(session.nextState()).contains(NOT_READY);
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(2));

    assertThat(events.states("alice/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, NOT_READY);
    assertThat(session.nextState()).isEmpty();
  }

  @Test
  void an_explicit_state_change_clears_a_requested_next_state() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)));
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(5));
    sim.notReady("alice"); // busy: NOT_READY becomes the next state
    AgentSession session = sim.session("alice/sales");
    assertThat(session.nextState()).contains(NOT_READY);

    session.setState(BUSY_WRAPUP); // no next: clears it
    assertThat(session.nextState()).isEmpty();
    sim.advance(ofSeconds(30));

    assertThat(session.state()).isEqualTo(READY); // auto-ready, not the cleared NOT_READY
  }

  @Test
  void leaving_busy_on_call_releases_the_call() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)));
    sim.login("alice");
    sim.ready("alice");
    Call call = sim.offerCall("sales", ofMinutes(5));
    sim.advance(ofSeconds(40));
    int mark = events.mark();

    sim.session("alice/sales").setState(NOT_READY);

    assertThat(events.linesSince(mark))
        .containsExactly(
            "ended #1 RELEASED",
            "alice/sales BUSY_ON_CALL->NOT_READY",
            "agent alice BUSY_ACD->NOT_READY");
    CallEnded ended = events.last(CallEnded.class);
    assertThat(ended.talkTime()).isEqualTo(ofSeconds(40));
    assertThat(events.last(SessionChanged.class).call()).isEqualTo(call.id());
    assertThat(call.state()).isEqualTo(CallState.ENDED);
    // the call's original end passes without a trace, and no wrap-up follows a release
    sim.advance(ofMinutes(10));
    assertThat(events.mark()).isEqualTo(mark + 3);
  }

  @Test
  void entering_wrap_up_explicitly_releases_the_call_and_starts_the_timed_wrap_up() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)));
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(5));
    runTo(sim, ofSeconds(10));

    sim.session("alice/sales").setState(BUSY_WRAPUP);
    runTo(sim, ofSeconds(39));
    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_WRAPUP);
    runTo(sim, ofSeconds(40));

    assertThat(events.last(CallEnded.class).reason()).isEqualTo(CallEnded.Reason.RELEASED);
    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
    assertThat(events.last(SessionChanged.class).time()).isEqualTo(sim.now());
  }

  @Test
  void an_explicit_wrap_up_in_a_manual_group_lasts_until_the_agent_changes_state() {
    AcdSimulator sim = sim(Wrapup.manual());
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(5));
    AgentSession session = sim.session("alice/sales");

    session.setState(BUSY_WRAPUP);
    sim.advance(Duration.ofDays(1));
    assertThat(session.state()).isEqualTo(BUSY_WRAPUP);

    sim.ready("alice");
    assertThat(session.state()).isEqualTo(READY);
  }

  @Test
  void an_explicit_wrap_up_in_a_group_without_wrap_up_lasts_until_the_session_is_set() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(5));
    AgentSession session = sim.session("alice/sales");

    session.setState(BUSY_WRAPUP);
    sim.advance(Duration.ofDays(1));
    assertThat(session.state()).isEqualTo(BUSY_WRAPUP);

    session.setState(READY);
    assertThat(session.state()).isEqualTo(READY);
  }

  /**
   * A wrap-up without a timer (an explicit one in a group without wrap-up) ends when the agent asks
   * for READY, as a manual one does.
   */
  @Test
  void ready_ends_an_explicit_wrap_up_in_a_group_without_wrap_up() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(5));
    sim.session("alice/sales").setState(BUSY_WRAPUP);

    sim.ready("alice");
    sim.advance(ofMinutes(1));

    assertThat(sim.session("alice/sales").state()).isEqualTo(READY);
  }

  /**
   * Microsoft's table allows READY→BUSY_ON_CALL, so put_State(BUSY_ON_CALL) is accepted with no
   * call: the agent is busy, gets no calls, and stays so until the session is set again.
   */
  @Test
  void an_explicit_busy_on_call_without_a_call_keeps_the_agent_busy_until_set_again() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    sim.ready("alice");
    AgentSession session = sim.session("alice/sales");

    session.setState(BUSY_ON_CALL);
    Call call = sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(10));

    assertThat(session.state()).isEqualTo(BUSY_ON_CALL);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.BUSY_ACD);
    assertThat(call.state()).isEqualTo(CallState.WAITING);
    session.setState(READY);
    assertThat(session.state()).isEqualTo(BUSY_ON_CALL); // READY, then at once the waiting call
    assertThat(call.state()).isEqualTo(CallState.TALKING);
  }

  @Test
  void set_state_async_completes_when_applied_and_fails_with_the_refusal() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    AgentSession session = sim.session("alice/sales");

    CompletableFuture<Void> refused = session.setStateAsync(BUSY_WRAPUP, null);
    CompletableFuture<Void> applied = session.setStateAsync(READY, NOT_READY);

    assertThat(refused)
        .isCompletedExceptionally()
        .failsWithin(Duration.ZERO)
        .withThrowableThat()
        .havingCause()
        .isInstanceOfSatisfying(
            TapiException.class,
            e -> assertThat(e.error()).isEqualTo(LineError.INVALAGENTSESSIONSTATE));
    assertThat(applied).isCompleted();
    assertThat(session.state()).isEqualTo(READY);
    assertThat(session.nextState()).contains(NOT_READY);
  }

  @Test
  void an_ended_session_is_final_and_its_duration_stops() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    sim.advance(ofMinutes(10));
    sim.logout("alice");
    AgentSession session = sim.session("alice/sales");
    sim.advance(ofMinutes(50));

    assertThat(session.statistics().sessionDuration()).isEqualTo(ofMinutes(10));
    for (AgentSessionState to : AgentSessionState.values()) {
      assertRefused(() -> session.setState(to), LineError.INVALAGENTSESSIONSTATE);
    }
    assertThat(session.state()).isEqualTo(SESSION_ENDED);
  }

  @Test
  void logging_in_again_starts_a_new_session_and_keeps_the_old_one() {
    AcdSimulator sim = sim(Wrapup.none());
    sim.login("alice");
    AgentSession first = sim.session("alice/sales");
    sim.logout("alice");
    sim.advance(ofMinutes(1));

    sim.login("alice");

    AgentSession second = sim.session("alice/sales");
    assertThat(second).isNotSameAs(first);
    assertThat(first.state()).isEqualTo(SESSION_ENDED);
    assertThat(second.state()).isEqualTo(NOT_READY);
    assertThat(second.startTime()).isEqualTo(sim.now());
    assertThat(sim.agent("alice").sessions()).containsExactly(first, second);
    assertThat(events.lines())
        .containsExactly(
            "alice/sales NEW->NOT_READY",
            "alice/sales NOT_READY->SESSION_ENDED",
            "alice/sales NEW->NOT_READY");
  }

  /** An agent opens sessions itself in its own groups (TAPI's CreateSession), one per group. */
  @Test
  void an_agent_can_open_a_session_in_one_of_its_groups_itself() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group("sales")
            .group("support")
            .agent("alice", "sales", "support")
            .build();
    var alice = sim.agent("alice");

    AgentSession session = alice.createSession(sim.group("support"));

    assertThat(session.id().toString()).isEqualTo("alice/support");
    assertThat(session.state()).isEqualTo(NOT_READY);
    assertThat(sim.session("alice/support")).isSameAs(session);
    assertRefused(() -> alice.createSession(sim.group("support")), LineError.INVALAGENTGROUP);
    AcdSimulator other = AcdSimulator.builder().group("elsewhere").build();
    assertRefused(() -> alice.createSession(other.group("elsewhere")), LineError.INVALAGENTGROUP);
    assertRefused(() -> alice.createSession(null), LineError.INVALAGENTGROUP);
  }

  /** The switch knows which groups an agent belongs to; an agent made at run time joins any. */
  @Test
  void a_configured_agent_is_refused_a_session_outside_its_groups() {
    AcdSimulator sim =
        AcdSimulator.builder().group("sales").group("support").agent("bob", "sales").build();

    assertRefused(
        () -> sim.agent("bob").createSession(sim.group("support")), LineError.INVALAGENTGROUP);
    assertThat(sim.agent("bob").sessions()).isEmpty();

    Agent newcomer = sim.agentHandlers().get(0).createAgent(AgentId.of("dana"), "");
    assertThat(newcomer.createSession(sim.group("support")).id().toString())
        .isEqualTo("dana/support");
  }

  @Test
  void the_agent_handler_lists_and_creates_agents() {
    AcdSimulator sim = AcdSimulator.builder().group("sales").agent("alice", "sales").build();
    var handler = sim.agentHandlers().get(0);

    assertThat(sim.agentHandlers()).hasSize(1);
    assertThat(handler.name()).isEqualTo("tapisim");
    assertThat(handler.groups()).extracting(g -> g.name()).containsExactly("sales");
    assertThat(handler.createAgent(AgentId.of("alice"), "1234")).isSameAs(sim.agent("alice"));

    var bob = handler.createAgent(AgentId.of("bob"), "");

    assertThat(bob.user()).isEqualTo("bob");
    assertThat(handler.agents()).containsExactly(sim.agent("alice"), bob);
    assertThat(bob.state()).isEqualTo(AgentState.NOT_READY);
    assertRefused(() -> sim.login("bob"), LineError.INVALAGENTGROUP); // bob is in no group
    AgentSession session = bob.createSession(sim.group("sales"));
    session.setState(READY);
    assertThat(bob.state()).isEqualTo(AgentState.READY);
    assertThat(sim.group("sales").queues()).containsExactly(sim.queue("sales"));
  }
}

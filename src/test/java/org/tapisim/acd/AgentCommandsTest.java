package org.tapisim.acd;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tapisim.acd.SimTesting.assertRefused;
import static org.tapisim.acd.SimTesting.runTo;
import static org.tapisim.model.AgentSessionState.BUSY_ON_CALL;
import static org.tapisim.model.AgentSessionState.BUSY_WRAPUP;
import static org.tapisim.model.AgentSessionState.NOT_READY;
import static org.tapisim.model.AgentSessionState.READY;
import static org.tapisim.model.AgentSessionState.SESSION_ENDED;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tapisim.model.AgentChanged;
import org.tapisim.model.AgentState;
import org.tapisim.model.CallEnded;
import org.tapisim.model.LineError;
import org.tapisim.model.SessionChanged;

/** Agent-level commands: login, logout, ready, notReady, put_State, and auto-ready. */
class AgentCommandsTest {
  private final EventRecorder events = new EventRecorder();

  private AcdSimulator sim(Wrapup wrapup, boolean autoReady) {
    return AcdSimulator.builder()
        .group(GroupConfig.of("sales").withWrapup(wrapup))
        .group("support")
        .agent(AgentConfig.of("alice", "sales", "support").withAutoReady(autoReady))
        .agent("bob", "sales")
        .listener(events)
        .build();
  }

  @Test
  void login_opens_a_not_ready_session_in_each_configured_group_in_order() {
    AcdSimulator sim = sim(Wrapup.none(), true);

    sim.login("alice");

    assertThat(events.lines())
        .containsExactly("alice/sales NEW->NOT_READY", "alice/support NEW->NOT_READY");
    assertThat(sim.agent("alice").sessions())
        .extracting(s -> s.id().toString())
        .containsExactly("alice/sales", "alice/support");
  }

  @Test
  void commands_that_do_not_fit_the_login_state_are_refused_and_change_nothing() {
    AcdSimulator sim = sim(Wrapup.none(), true);
    assertRefused(() -> sim.logout("alice"), LineError.INVALAGENTSTATE);
    assertRefused(() -> sim.ready("alice"), LineError.INVALAGENTSTATE);
    assertRefused(() -> sim.notReady("alice"), LineError.INVALAGENTSTATE);
    assertRefused(() -> sim.agent("alice").setState(AgentState.READY), LineError.INVALAGENTSTATE);
    assertThat(events.all()).isEmpty();

    sim.login("alice");
    int mark = events.mark();
    assertRefused(() -> sim.login("alice"), LineError.INVALAGENTSTATE);
    assertThat(events.mark()).isEqualTo(mark);
    assertThat(sim.agent("alice").sessions()).hasSize(2);
  }

  @Test
  void logout_ends_every_live_session() {
    AcdSimulator sim = sim(Wrapup.none(), true);
    sim.login("alice");
    sim.ready("alice");
    int mark = events.mark();

    sim.logout("alice");

    assertThat(events.linesSince(mark))
        .containsExactly(
            "alice/sales READY->SESSION_ENDED",
            "alice/support READY->SESSION_ENDED",
            "agent alice READY->NOT_READY");
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.NOT_READY);
  }

  /** A call in progress at logout is released and its session ends: no wrap-up, no next state. */
  @Test
  void logout_during_a_call_releases_it_and_ends_the_sessions() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), true);
    sim.login("alice");
    sim.ready("alice");
    Call call = sim.offerCall("sales", ofMinutes(5));
    runTo(sim, ofMinutes(2));
    int mark = events.mark();

    sim.logout("alice");

    // the agent's state is settled once, after both END events: no passing READY in between
    assertThat(events.linesSince(mark))
        .containsExactly(
            "ended #1 RELEASED",
            "alice/sales BUSY_ON_CALL->SESSION_ENDED",
            "alice/support READY->SESSION_ENDED",
            "agent alice BUSY_ACD->NOT_READY");
    assertThat(events.last(CallEnded.class).talkTime()).isEqualTo(ofMinutes(2));
    assertThat(events.sessionEvents("alice/sales").get(2).call()).isEqualTo(call.id());
    assertThat(call.state()).isEqualTo(CallState.ENDED);
    assertThat(sim.session("alice/sales").statistics().totalTalkTime()).isEqualTo(ofMinutes(2));
    int afterLogout = events.mark();
    sim.advance(ofMinutes(10)); // the call's original end and no wrap-up: nothing happens
    assertThat(events.mark()).isEqualTo(afterLogout);
  }

  @Test
  void logout_during_a_timed_wrap_up_ends_it_for_good() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), true);
    sim.login("bob");
    sim.ready("bob");
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofSeconds(70));

    sim.logout("bob");
    sim.advance(ofMinutes(5));

    assertThat(events.states("bob/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, BUSY_WRAPUP, SESSION_ENDED);
    assertThat(sim.session("bob/sales").statistics().totalWrapUpTime()).isEqualTo(ofSeconds(10));
  }

  @Test
  void ready_makes_not_ready_sessions_ready_and_leaves_ready_ones_alone() {
    AcdSimulator sim = sim(Wrapup.none(), true);
    sim.login("alice");
    sim.session("alice/support").setState(READY);
    int mark = events.mark();

    sim.ready("alice");

    assertThat(events.linesSince(mark)).containsExactly("alice/sales NOT_READY->READY");
    assertThat(events.sessionEvents("alice/support")).hasSize(2);
  }

  @Test
  void ready_or_not_ready_on_a_call_becomes_the_next_state() {
    AcdSimulator sim = sim(Wrapup.none(), false); // alice is not auto-ready
    sim.login("alice");
    sim.ready("alice");
    sim.offerCall("sales", ofMinutes(1));

    sim.ready("alice");

    assertThat(sim.session("alice/sales").state()).isEqualTo(BUSY_ON_CALL);
    assertThat(sim.session("alice/sales").nextState()).contains(READY);
    sim.advance(ofMinutes(1));
    assertThat(sim.session("alice/sales").state()).isEqualTo(READY); // despite auto-ready off
    assertThat(sim.session("alice/sales").nextState()).isEmpty();

    sim.offerCall("sales", ofMinutes(1));
    sim.notReady("alice");
    assertThat(sim.session("alice/sales").nextState()).contains(NOT_READY);
    sim.advance(ofMinutes(1));
    assertThat(sim.session("alice/sales").state()).isEqualTo(NOT_READY);
  }

  @Test
  void ready_or_not_ready_during_a_timed_wrap_up_becomes_the_next_state() {
    AcdSimulator sim = sim(Wrapup.fixed(ofSeconds(30)), true);
    sim.login("bob");
    sim.ready("bob");
    sim.offerCall("sales", ofMinutes(1));
    runTo(sim, ofSeconds(70));

    sim.notReady("bob");

    assertThat(sim.session("bob/sales").state()).isEqualTo(BUSY_WRAPUP);
    assertThat(sim.session("bob/sales").nextState()).contains(NOT_READY);
    runTo(sim, ofSeconds(90));
    assertThat(sim.session("bob/sales").state()).isEqualTo(NOT_READY);
    assertThat(events.last(SessionChanged.class).time())
        .isEqualTo(SimTesting.at(sim, ofSeconds(90)));
  }

  @Test
  void ready_or_not_ready_ends_a_manual_wrap_up_at_once() {
    AcdSimulator sim = sim(Wrapup.manual(), true);
    sim.login("bob");
    sim.ready("bob");
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(5));
    assertThat(sim.session("bob/sales").state()).isEqualTo(BUSY_WRAPUP);

    sim.notReady("bob");
    assertThat(sim.session("bob/sales").state()).isEqualTo(NOT_READY);

    sim.ready("bob");
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(5));
    sim.ready("bob");
    assertThat(sim.session("bob/sales").state()).isEqualTo(READY);
    assertThat(sim.session("bob/sales").statistics().totalWrapUpTime()).isEqualTo(ofMinutes(8));
  }

  @Test
  void put_state_on_the_agent_does_ready_and_not_ready() {
    AcdSimulator sim = sim(Wrapup.none(), true);
    sim.login("alice");
    var alice = sim.agent("alice");

    alice.setState(AgentState.READY);
    assertThat(events.states("alice/sales")).containsExactly(NOT_READY, READY);
    assertThat(events.states("alice/support")).containsExactly(NOT_READY, READY);
    assertThat(alice.state()).isEqualTo(AgentState.READY);

    alice.setState(AgentState.NOT_READY);
    assertThat(alice.state()).isEqualTo(AgentState.NOT_READY);
    assertThat(events.states("alice/sales")).containsExactly(NOT_READY, READY, NOT_READY);
  }

  @ParameterizedTest
  @EnumSource(
      value = AgentState.class,
      names = {"BUSY_ACD", "BUSY_INCOMING", "BUSY_OUTGOING", "UNKNOWN"})
  void put_state_on_the_agent_refuses_anything_but_ready_or_not_ready(AgentState state) {
    AcdSimulator sim = sim(Wrapup.none(), true);
    sim.login("alice");
    int mark = events.mark();

    assertRefused(() -> sim.agent("alice").setState(state), LineError.INVALAGENTSTATE);

    assertThat(events.mark()).isEqualTo(mark);
    assertThat(sim.agent("alice").state()).isEqualTo(AgentState.NOT_READY);
  }

  @Test
  void an_auto_ready_agent_is_ready_again_after_the_call_or_the_wrap_up() {
    AcdSimulator noWrap = sim(Wrapup.none(), true);
    noWrap.login("alice");
    noWrap.ready("alice");
    noWrap.offerCall("sales", ofMinutes(1));
    noWrap.advance(ofMinutes(1));
    assertThat(events.states("alice/sales")).containsExactly(NOT_READY, READY, BUSY_ON_CALL, READY);

    events.clear();
    AcdSimulator withWrap = sim(Wrapup.fixed(ofSeconds(30)), true);
    withWrap.login("alice");
    withWrap.ready("alice");
    withWrap.offerCall("sales", ofMinutes(1));
    withWrap.advance(ofMinutes(2));
    assertThat(events.states("alice/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, BUSY_WRAPUP, READY);
  }

  @Test
  void an_agent_without_auto_ready_is_not_ready_after_the_call_or_the_wrap_up() {
    AcdSimulator noWrap = sim(Wrapup.none(), false);
    noWrap.login("alice");
    noWrap.ready("alice");
    noWrap.offerCall("sales", ofMinutes(1));
    noWrap.advance(ofMinutes(1));
    assertThat(events.states("alice/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, NOT_READY);
    assertThat(noWrap.agent("alice").state()).isEqualTo(AgentState.READY); // support is READY

    events.clear();
    AcdSimulator withWrap = sim(Wrapup.fixed(ofSeconds(30)), false);
    withWrap.login("alice");
    withWrap.ready("alice");
    withWrap.offerCall("sales", ofMinutes(1));
    withWrap.advance(ofMinutes(2));
    assertThat(events.states("alice/sales"))
        .containsExactly(NOT_READY, READY, BUSY_ON_CALL, BUSY_WRAPUP, NOT_READY);
  }

  @Test
  void the_agent_state_follows_its_sessions_and_each_change_is_reported() {
    AcdSimulator sim =
        AcdSimulator.builder()
            .group(GroupConfig.of("sales").withWrapup(Wrapup.fixed(ofSeconds(30))))
            .agent("bob", "sales")
            .listener(events)
            .build();
    sim.login("bob");
    sim.ready("bob");
    sim.offerCall("sales", ofMinutes(1));
    sim.advance(ofMinutes(2)); // talk, wrap-up (still BUSY_ACD), then READY
    sim.notReady("bob");
    sim.logout("bob");

    assertThat(events.of(AgentChanged.class))
        .extracting(e -> e.from() + "->" + e.to())
        .containsExactly(
            "NOT_READY->READY", "READY->BUSY_ACD", "BUSY_ACD->READY", "READY->NOT_READY");
    assertThat(events.of(AgentChanged.class))
        .allSatisfy(e -> assertThat(e.event()).isEqualTo(e.to().event()));
    assertThat(events.of(AgentChanged.class).get(2).time())
        .isEqualTo(SimTesting.at(sim, Duration.ofSeconds(90)));
  }
}
